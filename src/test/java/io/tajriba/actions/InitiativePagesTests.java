package io.tajriba.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The initiative pages as a signed-in browser gets them, on {@link InitiativeFixture}'s answers: the form from a
 * pain point with its power estimate, a draft created from it and refused by field with what was typed kept, the
 * page's estimate and verdict once finished, amendments with their reason, free text escaped, another workspace.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	InitiativeSetup setup;

	@Autowired
	AccessAdministration administration;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	InitiativeFixture fixture;

	@BeforeAll
	void answers() {
		tenant = tenants.create("Initiative pages");
		key = WebClient.withKey(port, tenant.apiKey());
		fixture = new InitiativeFixture(key);
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	@Test
	void theFormFromAPainPointCarriesItsTouchpointAndThePowerEstimate() {
		String form = owner.get("/initiatives/new?kind=pain_point&ref=touchpoint:checkout&label=checkout&stage=action"
				+ "&touchpoint=checkout").body();
		assertThat(form).contains("id=\"initiative-form\"", "name=\"insightKind\" value=\"pain_point\"",
				"value=\"touchpoint:checkout\"", "hx-post=\"/initiatives/power\"", "hx-post=\"/initiatives/controls\"");
		assertThat(form).containsPattern("<option value=\"touchpoint\" selected=\"selected\"");
		assertThat(form).containsPattern(CHECKED.formatted("treated", "checkout"));
		// the units on offer are those with answers, the cart and the branch among them; a stage's pain point treats the stage
		assertThat(form).contains("data-unit=\"cart\"", "data-unit=\"branch\"");
		String fromStage = owner.get("/initiatives/new?kind=pain_point&ref=stage:action&label=Action&stage=action").body();
		assertThat(fromStage).contains("<option value=\"stage\" selected=\"selected\"")
			.containsPattern(CHECKED.formatted("treated", "action"));

		Map<String, List<String>> planning = planning("20");
		String power = owner.post("/initiatives/power", FORM, encode(planning)).body();
		// 20 answers a week at the checkout: seven weeks for 20 points (InitiativeApiTests works the figure out)
		assertThat(power).contains("At about 20 answers a week at the treated units, it takes 7 weeks to detect",
				"+20\u2069 CSAT points (80% power, 5% level).", "The planned end leaves 12 weeks after the launch: enough.");
		String unreachable = owner.post("/initiatives/power", FORM, encode(planning("10"))).body();
		assertThat(unreachable).contains("cannot be detected within 104 weeks; in 52 weeks an effect of");
		planning.put("treated", List.of());
		assertThat(owner.post("/initiatives/power", FORM, encode(planning)).body()).contains("id=\"power-hint\"");

		Map<String, List<String>> controls = planning("20");
		controls.remove("control");
		String suggested = owner.post("/initiatives/controls", FORM, encode(controls)).body();
		assertThat(suggested).contains("id=\"suggestions\"", ">branch<", ">cart<").doesNotContain("faq page");
		String picker = owner.get("/initiatives/units?unitKind=channel&metric=csat&pickerKind=touchpoint&treated=checkout"
				+ "&baselineFrom=" + fixture.baselineFrom + "&baselineTo=" + fixture.launchOn.minusDays(1)).body();
		assertThat(picker).contains("data-unit=\"web\"", "data-unit=\"app\"").doesNotContain("data-unit=\"checkout\"");
	}

	@Test
	void aDraftIsCreatedFromTheFormAndItsPageShowsTheEstimateOnceFinished() {
		Map<String, List<String>> fields = registration("<script>alert(1)</script> Checkout");
		fields.put("suggestControls", List.of("true"));
		fields.put("plannedEnd", List.of(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
		HttpResponse<String> created = owner.post("/initiatives", FORM, encode(fields));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		String draft = owner.get("/initiatives/" + id).body();
		assertThat(draft).contains("&lt;script&gt;alert(1)&lt;/script&gt; Checkout", "id=\"suggested-badge\"",
				"id=\"launch-form\"", "id=\"not-launched\"", "/actions?initiative=" + id, "/actions/new?initiative=" + id)
			.doesNotContain("<script>alert(1)");
		assertThat(draft).contains("branch: level 55 (treated 50)");

		assertThat(owner.form("/initiatives/" + id + "/launch", Map.of()).statusCode()).isEqualTo(302);
		setup.finishDue(Instant.now());
		String page = owner.get("/initiatives/" + id).body();
		assertThat(page).contains("CSAT at the treated units rose 20 points more than at the controls (95% interval",
				"data-verdict=\"improved\"", "Improved: the whole 95% interval lies above zero.",
				"No sign of different trends before launch", "id=\"before-after\"", "n 160", "data-charts=",
				"id=\"locked\"").doesNotContain("id=\"launch-form\"", "id=\"initiative-form\"", "<script>alert(1)");
		String list = owner.get("/initiatives").body();
		assertThat(list).contains("id=\"initiatives-finished\"", "&lt;script&gt;alert(1)&lt;/script&gt; Checkout",
				"id=\"new-initiative\"");
		String onJourney = owner.get("/initiatives/on-journey").body();
		assertThat(onJourney).contains("data-kind=\"touchpoint\" data-key=\"checkout\"", "data-verdict=\"improved\"",
				"&lt;script&gt;alert(1)&lt;/script&gt; Checkout");
		assertThat(owner.get("/initiatives/on-journey?touchpoint=cart").body()).doesNotContain("alert(1)");
	}

	@Test
	void theWorstUnitWithNothingNearItWarnsOfRegressionToTheMean() {
		String worst = InitiativeFixture.id(key.postJson("/api/v1/initiatives", fixture.initiative("Returns desk",
				"\"control\":[\"branch\"]").replace("[\"checkout\"]", "[\"returns desk\"]")).body());
		assertThat(owner.get("/initiatives/" + worst).body()).contains("id=\"regression-risk\"");
		Map<String, List<String>> controls = planning("20");
		controls.put("treated", List.of("returns desk"));
		controls.remove("control");
		assertThat(owner.post("/initiatives/controls", FORM, encode(controls)).body()).contains("id=\"regression-warning\"");
		String checkout = InitiativeFixture.id(key.postJson("/api/v1/initiatives", fixture.initiative("Checkout", ""))
			.body());
		assertThat(owner.get("/initiatives/" + checkout).body()).doesNotContain("id=\"regression-risk\"");
		String driver = owner.get("/initiatives/new?kind=driver&ref=" + fixture.survey + ":delivery&label=Delivery").body();
		assertThat(driver).contains("<option value=\"nps\" selected=\"selected\"",
				"value=\"" + fixture.survey + "\" selected=\"selected\"");
	}

	@Test
	void aRefusedFormNamesItsFieldAndKeepsWhatWasTyped() {
		Map<String, List<String>> fields = registration("Kept title");
		fields.put("minEffect", List.of("-1"));
		HttpResponse<String> refused = owner.post("/initiatives", FORM, encode(fields));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("data-field=\"minEffect\"", "value=\"Kept title\"", "value=\"-1\"")
			.containsPattern(CHECKED.formatted("treated", "checkout"));
		fields.put("minEffect", List.of("10"));
		fields.put("baselineFrom", List.of(fixture.launchOn.minusDays(5).toString()));
		assertThat(owner.post("/initiatives", FORM, encode(fields)).body()).contains("data-field=\"baselineFrom\"");
		fields.put("baselineFrom", List.of(""));
		fields.put("treated", List.of());
		assertThat(owner.post("/initiatives", FORM, encode(fields)).body()).contains("data-field=\"treated\"");
	}

	@Test
	void aLaunchedInitiativeIsAmendedOnlyWithAReasonAndShowsTheAmendment() {
		String id = InitiativeFixture.id(key.postJson("/api/v1/initiatives", fixture.initiative("Payment page",
				"\"control\":[\"cart\"]")).body());
		key.postJson("/api/v1/initiatives/" + id + "/launch", "");
		String running = owner.get("/initiatives/" + id).body();
		assertThat(running).contains("id=\"initiative-form\"", "data-verdict=\"too_early\"", "Too early to tell")
			.containsPattern(CHECKED.formatted("control", "cart"));
		Map<String, List<String>> amend = registration("Payment page");
		amend.put("control", List.of("branch"));
		HttpResponse<String> noReason = owner.post("/initiatives/" + id, FORM, encode(amend));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("data-field=\"reason\"");
		amend.put("reason", List.of("the cart was <b>redesigned</b> too"));
		assertThat(owner.post("/initiatives/" + id, FORM, encode(amend)).statusCode()).isEqualTo(302);
		String page = owner.get("/initiatives/" + id).body();
		assertThat(page).contains("class=\"amendment", "the cart was &lt;b&gt;redesigned&lt;/b&gt; too",
				"data-field=\"control\"", ">cart<", ">branch<");
		assertThat(owner.form("/initiatives/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(302);
		assertThat(owner.get("/initiatives/" + id).body()).contains("data-status=\"cancelled\"")
			.doesNotContain("id=\"initiative-form\"");
	}

	@Test
	void anotherWorkspaceGetsNotFoundAViewerNoFormsAndACancelledDraftNoEstimate() {
		String id = InitiativeFixture.id(key.postJson("/api/v1/initiatives", fixture.initiative("Ours alone", "")).body());
		Tenant other = tenants.create("Initiative pages elsewhere");
		WebClient stranger = WebClient.signedIn(port, other.ownerEmail(), other.password());
		assertThat(stranger.get("/initiatives/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.form("/initiatives/" + id + "/launch", Map.of()).statusCode()).isEqualTo(404);
		assertThat(stranger.form("/initiatives/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(404);
		assertThat(stranger.post("/initiatives/" + id, FORM, encode(registration("Taken over"))).statusCode())
			.isEqualTo(404);
		assertThat(stranger.get("/initiatives").body()).doesNotContain("Ours alone");
		assertThat(stranger.get("/initiatives/on-journey").body()).doesNotContain("Ours alone");
		assertThat(owner.get("/initiatives/" + id).body()).contains("Ours alone");

		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@initiatives.example";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		WebClient viewer = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(viewer.get("/initiatives/" + id).body()).contains("Ours alone").doesNotContain("id=\"initiative-form\"",
				"id=\"launch-form\"");
		assertThat(viewer.get("/initiatives").body()).doesNotContain("id=\"new-initiative\"");
		assertThat(viewer.form("/initiatives/" + id + "/launch", Map.of()).statusCode()).isEqualTo(403);
		// cancelled before its launch: nothing was measured
		assertThat(owner.form("/initiatives/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(302);
		assertThat(owner.get("/initiatives/" + id).body()).contains("data-status=\"cancelled\"", "id=\"not-launched\"")
			.doesNotContain("id=\"estimate\"", "id=\"locked\"");
	}

	static final String FORM = "application/x-www-form-urlencoded";

	/** A unit's ticked box in the picker: its name (treated, control) and the unit. */
	static final String CHECKED = "name=\"%s\" id=\"[a-z]+-\\d+\"\\s+value=\"%s\" aria-label=\"[^\"]*\" checked=\"checked\"";

	/** The new initiative's form for the checkout, as a browser would post it. */
	private Map<String, List<String>> registration(String title) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("title", List.of(title));
		fields.put("description", List.of(""));
		fields.put("owner", List.of(""));
		fields.put("metric", List.of("csat"));
		fields.put("survey", List.of(fixture.survey));
		fields.put("unitKind", List.of("touchpoint"));
		fields.put("pickerKind", List.of("touchpoint"));
		fields.put("treated", List.of("checkout"));
		fields.put("launchOn", List.of(fixture.launchOn.toString()));
		fields.put("baselineFrom", List.of(""));
		fields.put("baselineTo", List.of(""));
		fields.put("minEffect", List.of("10"));
		fields.put("plannedEnd", List.of(""));
		fields.put("insightKind", List.of("pain_point"));
		fields.put("insightRef", List.of("touchpoint:checkout"));
		fields.put("insightLabel", List.of("checkout"));
		fields.put("touchpoint", List.of("checkout"));
		return fields;
	}

	private Map<String, List<String>> planning(String effect) {
		Map<String, List<String>> fields = registration("Planning");
		fields.put("control", List.of("cart", "branch"));
		fields.put("baselineFrom", List.of(fixture.baselineFrom.toString()));
		fields.put("baselineTo", List.of(fixture.launchOn.minusDays(1).toString()));
		fields.put("plannedEnd", List.of(fixture.launchOn.plusWeeks(12).toString()));
		fields.put("minEffect", List.of(effect));
		return fields;
	}

	private static String encode(Map<String, List<String>> fields) {
		return fields.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}
}
