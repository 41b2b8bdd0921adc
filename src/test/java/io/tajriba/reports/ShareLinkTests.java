package io.tajriba.reports;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share links over real HTTP on a workspace with 40 NPS answers (30 promoters, 10 detractors: NPS 50), each with a
 * comment carrying a unique word and a customer with a unique id: the link shows the figures to nobody signed in,
 * never the comment nor the customer, takes no filters from its address, stops once revoked or expired, asks for
 * its password, and records each view.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareLinkTests {

	static final String SECRET_WORD = "quokkaplanted";
	static final String CUSTOMER = "cust-zebra-4711";
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;

	@BeforeAll
	void aWorkspaceWithCommentsAndCustomers() {
		tenant = tenants.create("Shares");
		key = WebClient.withKey(port, tenant.apiKey());
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		StringBuilder rows = new StringBuilder();
		String day = LocalDate.now(ZoneOffset.UTC).minusDays(3) + "T10:00:00Z";
		for (int i = 0; i < 40; i++) {
			int score = i < 30 ? 10 : 2;
			rows.append("{\"id\":\"s").append(i).append("\",\"customer\":\"").append(CUSTOMER).append(i)
				.append("\",\"channel\":\"").append(i % 2 == 0 ? "web" : "email").append("\",\"submittedAt\":\"")
				.append(day).append("\",\"answers\":{\"nps\":").append(score).append(",\"reason\":\"")
				.append(SECRET_WORD).append(" number ").append(i).append("\"}}\n");
		}
		HttpResponse<String> imported = key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson",
				rows.toString());
		assertThat(imported.body()).contains("\"accepted\":40");
	}

	@Test
	void aLinkShowsTheFiguresWithoutSigningInButNoTextNorCustomerAndCountsItsViews() {
		JsonNode link = create("{\"view\":\"overview\"}");
		assertThat(link.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(link.get("url").asString()).endsWith("/shared/" + link.get("token").asString());
		assertThat(link.get("status").asString()).isEqualTo("active");
		assertThat(link.get("password").asBoolean()).isFalse();
		// the database holds the token's hash only
		byte[] stored = jdbc.sql("select token_hash from share_links where id = :id")
			.param("id", UUID.fromString(link.get("id").asString())).query(byte[].class).single();
		assertThat(stored).hasSize(32);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(link.get("token").asString());

		WebClient stranger = WebClient.anonymous(port);
		HttpResponse<String> page = stranger.get(path(link));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"metric-nps\"", "id=\"shared-banner\"", "Shared view, read only")
			.doesNotContain(SECRET_WORD).doesNotContain(CUSTOMER).doesNotContain("/surveys/")
			.doesNotContain("id=\"filters\"").doesNotContain("/interactions").doesNotContain("/customers");
		assertThat(page.body()).containsPattern("class=\"display-6 fw-semibold value\"[^>]*>50<");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

		stranger.get(path(link) + "?lang=fa");
		JsonNode listed = listed(link);
		assertThat(listed.get("views").asLong()).isEqualTo(2);
		assertThat(listed.has("lastViewAt")).isTrue();
		assertThat(listed.has("token")).isFalse();
		assertThat(listed.has("url")).isFalse();
		var address = jdbc.sql("select address from share_link_views where link_id = :id limit 1")
			.param("id", UUID.fromString(link.get("id").asString())).query(String.class).single();
		assertThat(address).endsWith(".0").isNotEqualTo("127.0.0.1");
	}

	@Test
	void theAddressCannotWidenOrChangeTheFilters() {
		JsonNode link = create("{\"filters\":{\"channel\":\"email\"}}");
		WebClient stranger = WebClient.anonymous(port);
		for (String query : new String[] { "?channel=web", "?from=2020-01-01", "?survey=x&lang=en", "?heat=csat",
				"?roi=sentiment" }) {
			HttpResponse<String> refused = stranger.get(path(link) + query);
			assertThat(refused.statusCode()).as(query).isEqualTo(400);
			assertThat(refused.body()).contains("id=\"shared-refused\"", "The filters of this link are fixed")
				.doesNotContain("metric-nps");
		}
		// the email answers only: 15 promoters and 5 detractors, NPS 50 on 20 answers
		HttpResponse<String> page = stranger.get(path(link));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("class=\"n\"[^>]*>20<");
		assertThat(listed(link).get("views").asLong()).isEqualTo(1);
	}

	@Test
	void aRevokedOrExpiredLinkNoLongerWorks() {
		JsonNode link = create("{}");
		WebClient stranger = WebClient.anonymous(port);
		assertThat(stranger.get(path(link)).statusCode()).isEqualTo(200);
		HttpResponse<String> revoked = key.delete("/api/v1/share-links/" + link.get("id").asString());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(json(revoked).get("status").asString()).isEqualTo("revoked");
		HttpResponse<String> gone = stranger.get(path(link));
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("This link no longer works").doesNotContain("metric-nps");
		assertThat(listed(link).get("status").asString()).isEqualTo("revoked");

		JsonNode expiring = create("{}");
		assertThat(stranger.get(path(expiring)).statusCode()).isEqualTo(200);
		jdbc.sql("update share_links set expires_at = now() - interval '1 minute' where id = :id")
			.param("id", UUID.fromString(expiring.get("id").asString())).update();
		assertThat(stranger.get(path(expiring)).statusCode()).isEqualTo(410);
		assertThat(listed(expiring).get("status").asString()).isEqualTo("expired");

		assertThat(stranger.get("/shared/" + "A".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/shared/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void aPasswordIsAskedForAndWrongOnesAreLimited() {
		JsonNode link = create("{\"password\":\"open sesame 42\"}");
		assertThat(link.get("password").asBoolean()).isTrue();
		String hash = jdbc.sql("select password_hash from share_links where id = :id")
			.param("id", UUID.fromString(link.get("id").asString())).query(String.class).single();
		assertThat(hash).doesNotContain("open sesame");
		WebClient stranger = WebClient.anonymous(port);
		HttpResponse<String> asked = stranger.get(path(link));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("id=\"shared-password\"").doesNotContain("metric-nps");
		assertThat(listed(link).get("views").asLong()).isZero();

		HttpResponse<String> wrong = unlock(stranger, path(link), csrf(asked), "open sesame 41");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("id=\"wrong-password\"").doesNotContain("metric-nps");
		HttpResponse<String> right = unlock(stranger, path(link), csrf(wrong), "open sesame 42");
		assertThat(right.statusCode()).isEqualTo(302);
		HttpResponse<String> page = stranger.get(path(link));
		assertThat(page.body()).contains("id=\"metric-nps\"");
		assertThat(listed(link).get("views").asLong()).isEqualTo(1);
		// another reader still needs the password
		assertThat(WebClient.anonymous(port).get(path(link)).body()).contains("id=\"shared-password\"");

		// five wrong tries from an address, then even the right one waits
		JsonNode guarded = create("{\"password\":\"another secret\"}");
		WebClient guesser = WebClient.anonymous(port);
		String token = csrf(guesser.get(path(guarded)));
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> guess = unlock(guesser, path(guarded), token, "guess " + i + " wrong");
			assertThat(guess.statusCode()).isEqualTo(401);
			token = csrf(guess);
		}
		HttpResponse<String> blocked = unlock(guesser, path(guarded), token, "another secret");
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.body()).contains("id=\"too-many\"");
	}

	@Test
	void badFieldsAreNamed() {
		assertThat(field(key.postJson("/api/v1/share-links", "{\"password\":\"short\"}"))).isEqualTo("password");
		assertThat(field(key.postJson("/api/v1/share-links", "{\"view\":\"everything\"}"))).isEqualTo("view");
		assertThat(field(key.postJson("/api/v1/share-links", "{\"expiresAt\":\""
				+ LocalDate.now().plusYears(2) + "\"}"))).isEqualTo("expiresAt");
		assertThat(field(key.postJson("/api/v1/share-links", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}")))
			.isEqualTo("expiresAt");
		assertThat(field(key.postJson("/api/v1/share-links", "{\"filters\":{\"from\":\"soon\"}}")))
			.isEqualTo("filters.from");
		assertThat(field(key.postJson("/api/v1/share-links", "{\"filters\":{\"survey\":\"nope\"}}")))
			.isEqualTo("filters.survey");
		assertThat(field(key.postJson("/api/v1/share-links",
				"{\"filters\":{\"from\":\"2026-05-01\",\"to\":\"2026-04-01\"}}"))).isEqualTo("from");
		JsonNode dated = create("{\"expiresAt\":\"" + LocalDate.now().plusDays(10) + "\",\"showTexts\":true}");
		assertThat(dated.get("showTexts").asBoolean()).isTrue();
		assertThat(dated.get("showCustomers").asBoolean()).isFalse();
	}

	@Test
	void thePageMakesALinkShowingItsAddressOnceAndNamesABadField() {
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		HttpResponse<String> bad = owner.form("/reports/share-links", java.util.Map.of("password", "short"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("id=\"share-error\"", "password").doesNotContain("id=\"created-url\"");
		HttpResponse<String> made = owner.form("/reports/share-links", java.util.Map.of("channel", "web",
				"expiresAt", LocalDate.now().plusDays(7).toString(), "password", "a long password"));
		assertThat(made.statusCode()).isEqualTo(200);
		Matcher url = Pattern.compile("id=\"created-url\">[^<]*/shared/([A-Za-z0-9_-]{43})<").matcher(made.body());
		assertThat(url.find()).as(made.body()).isTrue();
		assertThat(made.body()).contains("data-id=");
		HttpResponse<String> again = owner.get("/reports/share-links");
		assertThat(again.body()).doesNotContain(url.group(1)).contains("web");
		assertThat(WebClient.anonymous(port).get("/shared/" + url.group(1)).body()).contains("id=\"shared-password\"");
	}

	@Test
	void anotherWorkspacesLinksAnswer404() {
		Tenant other = tenants.create("Shares other");
		WebClient otherKey = WebClient.withKey(port, other.apiKey());
		JsonNode theirs = json(otherKey.postJson("/api/v1/share-links", "{}"));
		HttpResponse<String> refused = key.delete("/api/v1/share-links/" + theirs.get("id").asString());
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(WebClient.anonymous(port).get(path(theirs)).statusCode()).isEqualTo(200);
		assertThat(json(key.get("/api/v1/share-links")).findValuesAsString("id"))
			.doesNotContain(theirs.get("id").asString());
	}

	JsonNode create(String body) {
		HttpResponse<String> created = key.postJson("/api/v1/share-links", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created);
	}

	JsonNode listed(JsonNode link) {
		for (JsonNode l : json(key.get("/api/v1/share-links"))) {
			if (l.get("id").asString().equals(link.get("id").asString())) {
				return l;
			}
		}
		throw new AssertionError("not listed");
	}

	static String path(JsonNode link) {
		return "/shared/" + link.get("token").asString();
	}

	static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token in " + page.body()).isTrue();
		return matcher.group(1);
	}

	static HttpResponse<String> unlock(WebClient client, String path, String csrf, String password) {
		return client.post(path, "application/x-www-form-urlencoded", "password="
				+ java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
				+ java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8));
	}

	String field(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return json(response).get("field").asString();
	}

	JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}
}
