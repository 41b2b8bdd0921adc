package io.tajriba.interactions;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The interaction hub's pages as a signed-in member sees them: explorer, customers, rejected rows, channels. */
@TajribaTest
class HubPagesTests {

	static final String EVENTS = """
			{"id":"e1","customer":"c-1","type":"visit","channel":"web","touchpoint":"home page","occurredAt":"2026-03-01T10:00:00+03:30"}
			{"id":"e2","customer":"c-1","type":"purchase","channel":"web","touchpoint":"checkout","occurredAt":"2026-03-01T10:05:00+03:30","value":120.50,"currency":"EUR","agent":"Sara"}
			{"id":"e3","customer":"c-2","type":"call","channel":"call_center","occurredAt":"2026-03-02T09:00:00Z","agent":"Reza"}
			{"id":"e4","customer":"c-2","type":"review","channel":"web","occurredAt":"2026-03-03T12:00:00Z","text":"خیلی خوب بود <b>bold</b><script>alert(1)</script>"}
			{"id":"bad","customer":"c-2","channel":"web","occurredAt":"2026-03-03T12:00:00Z"}
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	Tenant tenant;
	WebClient key;
	WebClient owner;

	@BeforeEach
	void workspaceWithInteractions() {
		tenant = tenants.create("Pages");
		key = WebClient.withKey(port, tenant.apiKey());
		key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"c-1","email":"anne@example.com","phone":"+98 912 000 1111","locale":"fa","attributes":{"city":"تهران","age":35,"<i>":"<b>x</b>"}}
				""");
		key.post("/api/v1/interactions", "application/x-ndjson", EVENTS);
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	@Test
	void theExplorerListsAndCountsTheFilteredInteractionsWithTextEscaped() {
		HttpResponse<String> page = owner.get("/interactions?from=2026-03-01&to=2026-03-05");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("checkout", "home page", "call_center", "Sara", "€120.50")
			.contains("خیلی خوب بود &lt;b&gt;bold&lt;/b&gt;&lt;script&gt;")
			.doesNotContain("<b>bold</b>", "<script>alert")
			.contains("href=\"/customers/" + customerId("c-1") + "\"")
			.contains("id=\"total\">4<");
		assertThat(section(page.body(), "type-counts")).contains("Purchase", "Call", "Review", "Visit");
		assertThat(owner.get("/interactions?from=2026-03-01&to=2026-03-05&type=call&lang=en").body())
			.contains("href=\"/interactions?from=2026-03-01&amp;to=2026-03-05&amp;type=call&amp;lang=fa\"");

		String web = owner.get("/interactions?from=2026-03-01&to=2026-03-05&channel=web&type=").body();
		assertThat(rows(web)).isEqualTo(3);
		assertThat(web).doesNotContain("Reza").contains("id=\"total\">3<");
		assertThat(rows(owner.get("/interactions?from=2026-03-01&to=2026-03-05&touchpoint=checkout").body())).isOne();
		assertThat(rows(owner.get("/interactions?from=2026-03-01&to=2026-03-05&type=call").body())).isOne();
		assertThat(rows(owner.get("/interactions?from=2026-03-01&to=2026-03-05&customer=anne@example.com").body()))
			.isEqualTo(2);
		assertThat(rows(owner.get("/interactions?from=2026-03-02&to=2026-03-02").body())).isOne();
		assertThat(owner.get("/interactions?from=2026-03-01&to=2026-03-05&customer=nobody").body())
			.contains("id=\"unknown-customer\"");
		assertThat(owner.get("/interactions?from=yesterday").body()).contains("alert-danger").contains("from");
	}

	@Test
	void olderPagesFollowByKeysetWithoutGapsOrRepeats() {
		String many = IntStream.range(0, 57)
			.mapToObj(n -> "{\"id\":\"m" + n + "\",\"type\":\"page_view\",\"channel\":\"app\",\"occurredAt\":\""
					+ Instant.parse("2026-04-01T00:00:00Z").plusSeconds(60L * (n / 2)) + "\"}")
			.collect(Collectors.joining("\n"));
		key.post("/api/v1/interactions", "application/x-ndjson", many);

		String first = owner.get("/interactions?from=2026-04-01&to=2026-04-01&channel=app").body();
		assertThat(rows(first)).isEqualTo(50);
		Matcher older = Pattern.compile("id=\"older\" href=\"([^\"]+)\"").matcher(first);
		assertThat(older.find()).isTrue();
		String second = owner.get(older.group(1).replace("&amp;", "&")).body();
		assertThat(rows(second)).isEqualTo(7);
		assertThat(second).doesNotContain("id=\"older\"").contains("id=\"newest\"");
		assertThat(first + second).contains("id=\"total\">57<");
	}

	@Test
	void customersAreSearchedByAnyIdentityAndTheir360PageShowsProfileAndTimeline() {
		String list = owner.get("/customers").body();
		assertThat(list).contains(">c-1<", ">c-2<");
		String found = owner.get("/customers?q=ANNE@").body();
		assertThat(found).contains(">c-1<").doesNotContain(">c-2<");
		assertThat(owner.get("/customers?q=%25").body()).doesNotContain(">c-1<");

		HttpResponse<String> profile = owner.get("/customers/" + customerId("c-1"));
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("anne@example.com", "+989120001111", "تهران", "35", "120.50")
			.contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>")
			.contains("checkout", "home page").doesNotContain("id=\"persona\"").doesNotContain("id=\"feedback\"");
		assertThat(profile.body().split("class=\"list-group-item timeline-entry\"")).hasSize(3);

		String review = owner.get("/customers/" + customerId("c-2")).body();
		assertThat(review).contains("&lt;script&gt;").doesNotContain("<script>alert").doesNotContain("id=\"churned\"");
		key.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"c-2\",\"churnedAt\":\"2026-03-10T08:00:00Z\"}");
		assertThat(owner.get("/customers/" + customerId("c-2")).body()).contains("id=\"churned\"", "March 10, 2026");
		assertThat(owner.get("/customers?q=c-2").body()).contains("text-bg-danger");

		assertThat(owner.get("/customers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(owner.get("/customers/c-1").statusCode()).isEqualTo(404);
	}

	@Test
	void aRejectedRowIsCorrectedAndReplayedFromThePage() {
		String page = owner.get("/rejected-rows").body();
		String id = find(page, "id=\"row-([0-9a-f-]{36})\"");
		assertThat(page).contains("is required").contains("&quot;id&quot;:&quot;bad&quot;");

		String stillBad = "{\"id\":\"bad\",\"customer\":\"c-2\",\"type\":\"review\",\"channel\":\"web\",\"occurredAt\":\"soon\"}";
		HttpResponse<String> refused = owner.form("/rejected-rows/" + id + "/replay", Map.of("raw", stillBad));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("replay-error").contains("<code>occurredAt</code>")
			.contains("&quot;occurredAt&quot;:&quot;soon&quot;");

		HttpResponse<String> notJson = owner.form("/rejected-rows/" + id + "/replay", Map.of("raw", "{oops <b>"));
		assertThat(notJson.statusCode()).isEqualTo(422);
		assertThat(notJson.body()).contains("{oops &lt;b&gt;</textarea>");

		String good = stillBad.replace("soon", "2026-03-03T12:00:00Z");
		HttpResponse<String> replayed = owner.form("/rejected-rows/" + id + "/replay", Map.of("raw", good));
		assertThat(replayed.statusCode()).isEqualTo(302);
		assertThat(owner.get("/rejected-rows").body()).contains("id=\"replayed\"").doesNotContain("row-" + id);
		assertThat(owner.get("/rejected-rows?all=true").body()).contains("row-" + id);
		assertThat(rows(owner.get("/interactions?from=2026-03-01&to=2026-03-05&type=review").body())).isEqualTo(2);
	}

	@Test
	void channelsAndTouchpointsAreListedWithCountsAndCreated() {
		String page = owner.get("/channels").body();
		assertThat(section(page, "channel-web")).contains("checkout", "home page").contains("channel-count\">3<");
		assertThat(section(page, "channel-call_center")).contains("channel-count\">1<");

		assertThat(owner.form("/channels", Map.of("key", "Social Media")).statusCode()).isEqualTo(302);
		assertThat(owner.form("/channels/touchpoints", Map.of("channel", "social_media", "name", "اینستاگرام"))
			.statusCode()).isEqualTo(302);
		assertThat(section(owner.get("/channels").body(), "channel-social_media")).contains("اینستاگرام");

		assertThat(owner.form("/channels", Map.of("key", "<b>no</b>")).statusCode()).isEqualTo(302);
		String refused = owner.get("/channels").body();
		assertThat(refused).contains("alert-danger").doesNotContain("<b>no</b>");
		owner.form("/channels/touchpoints", Map.of("channel", "nope", "name", "x"));
		assertThat(owner.get("/channels").body()).contains("is not a channel of this workspace");
	}

	@Test
	void aViewerReadsThePagesButCannotChangeAnything() {
		String email = "viewer-" + UUID.randomUUID() + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		WebClient viewer = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);

		for (String path : new String[] { "/interactions", "/customers", "/channels", "/rejected-rows" }) {
			assertThat(viewer.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(viewer.get("/channels").body()).doesNotContain("id=\"new-channel\"");
		String rejected = viewer.get("/rejected-rows").body();
		assertThat(rejected).doesNotContain(">Replay<").contains("readonly");
		String id = find(rejected, "id=\"row-([0-9a-f-]{36})\"");
		assertThat(viewer.form("/channels", Map.of("key", "viewer_channel")).statusCode()).isEqualTo(403);
		assertThat(viewer.form("/rejected-rows/" + id + "/replay", Map.of("raw", "{}")).statusCode()).isEqualTo(403);
		assertThat(owner.get("/channels").body()).doesNotContain("viewer_channel");
	}

	private String customerId(String ref) {
		return find(key.get("/api/v1/customers/" + ref).body(), "\"id\":\"([0-9a-f-]{36})\"");
	}

	static int rows(String html) {
		return html.split("<tr class=\"interaction\">", -1).length - 1;
	}

	/** The HTML from the element with this id to the end of the page. */
	static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return html.substring(start);
	}

	static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}
}
