package io.tajriba.actions;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action pages as a browser gets them: the board with its cards escaped, the badge an insight shows, an action
 * started from an insight's link, changed and commented on its page.
 */
@TajribaTest
class ActionPlanPagesTests {

	static final String SCRIPT = "<script>alert('x')</script> Shorter IVR";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ActionPlans plans;

	@Test
	void theBoardShowsEachCardEscapedInItsStatusColumnWithOverdueMarked() {
		Tenant tenant = tenants.create("Board");
		UUID w = tenant.workspace().id();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
		UUID late = plans.create(w, "test", new ActionPlans.NewAction(SCRIPT, null, tenant.ownerId(),
				today.minusDays(1), "in_progress", 40, null, "pain_point", "touchpoint:IVR billing",
				"<b>IVR billing</b>", null, null, null));
		plans.create(w, "test", new ActionPlans.NewAction("Closed one", null, null, null, "done", null, null, null,
				null, null, null, null, null));
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String board = owner.get("/actions?lang=en").body();
		assertThat(board).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Shorter IVR",
				"&lt;b&gt;IVR billing&lt;/b&gt;", "/actions/" + late, "Overdue", "In progress", "id=\"new-action\"",
				"width:40%").doesNotContain("<script>alert", "<b>IVR");
		assertThat(board.substring(board.indexOf("id=\"column-in_progress\""), board.indexOf("id=\"column-on_hold\"")))
			.contains("Shorter IVR");
		assertThat(board.substring(board.indexOf("id=\"column-done\""))).contains("<details", "Closed one");
		// the navigation's Actions item is active on the board
		assertThat(board).containsPattern("nav-link active\" href=\"/actions\"");
		assertThat(owner.get("/actions?overdue=true&lang=en").body()).contains("Shorter IVR").doesNotContain("Closed one");
		assertThat(owner.get("/actions?owner=" + UUID.randomUUID() + "&lang=en").body()).doesNotContain("Shorter IVR");
		String page = owner.get("/actions/" + late + "?lang=en").body();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "href=\"/journeys\"")
			.doesNotContain("<script>alert");
	}

	@Test
	void theInsightBadgeSaysWhatWasStartedAndOffersMoreToThoseWhoMayStart() {
		Tenant tenant = tenants.create("Badge");
		UUID w = tenant.workspace().id();
		for (String title : new String[] { "Retrain", "Rewrite the script" }) {
			plans.create(w, "test", new ActionPlans.NewAction(title, null, null, null, null, null, null, "theme",
					"delivery", "delivery", null, null, null));
		}
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String badge = owner.get("/actions/insight?kind=theme&ref=delivery&label=delivery&lang=en").body();
		assertThat(badge).contains("2 actions", "/actions?insightKind=theme&amp;insightRef=delivery",
				"/actions/new?kind=theme&amp;ref=delivery", "/initiatives/new?kind=theme&amp;ref=delivery")
			.doesNotContain("<html");
		assertThat(owner.get("/actions/insight?kind=theme&ref=price&lang=en").body())
			.doesNotContain("action</span>", "actions</span>").contains("+ action");
		assertThat(owner.get("/actions/insight?kind=theme&ref=delivery&lang=fa").body()).contains("۲ اقدام");
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		String seen = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD)
			.get("/actions/insight?kind=theme&ref=delivery&lang=en").body();
		assertThat(seen).contains("2 actions").doesNotContain("+ action", "+ initiative");
		assertThat(owner.get("/actions/insight?kind=nope&ref=x").statusCode()).isEqualTo(422);
	}

	@Test
	void anActionIsStartedFromAnInsightsLinkThenChangedAndCommentedOnItsPage() {
		Tenant tenant = tenants.create("Form");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String form = owner.get("/actions/new?kind=root_cause&ref=payment&label=Payment%20%3Ci%3E&lang=en").body();
		assertThat(form).contains("Root cause", "Payment &lt;i&gt;", "value=\"payment\"", "href=\"/loop\"")
			.doesNotContain("Payment <i>");
		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", "", "kind", "root_cause", "ref",
				"payment", "label", "Payment <i>", "status", "not_started", "progress", "", "owner", "", "dueOn", "",
				"initiative", "", "description", "Typed"));
		String refused = owner.form("/actions", fields).body();
		assertThat(refused).contains("id=\"action-error\"", ">title<", "Typed");
		fields.put("title", "Check double billing");
		fields.put("owner", tenant.ownerId().toString());
		HttpResponse<String> created = owner.form("/actions", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(owner.get("/actions/" + id + "?lang=en").body()).contains("Check double billing", "Not started");
		Map<String, String> change = new java.util.LinkedHashMap<>(Map.of("title", "Check double billing",
				"description", "", "owner", "", "dueOn", "2026-12-20", "status", "done", "progress", "10",
				"initiative", ""));
		assertThat(owner.form("/actions/" + id, change).statusCode()).isEqualTo(302);
		String page = owner.get("/actions/" + id + "?lang=en").body();
		assertThat(page).contains("id=\"action-status\">Done<", "100%", "Nobody yet");
		change.put("dueOn", "20 December");
		change.put("status", "in_progress");
		owner.form("/actions/" + id, change);
		assertThat(owner.get("/actions/" + id + "?lang=en").body()).contains("id=\"action-error\"", ">dueOn<",
				"20 December");
		assertThat(owner.form("/actions/" + id + "/comments", Map.of("body", "Called <the> bank")).statusCode())
			.isEqualTo(302);
		assertThat(owner.get("/actions/" + id + "?lang=en").body()).contains("Called &lt;the&gt; bank");
	}
}
