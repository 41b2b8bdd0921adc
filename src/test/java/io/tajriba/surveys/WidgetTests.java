package io.tajriba.surveys;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.domain.CustomerSignature;
import io.tajriba.surveys.internal.WidgetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The web widget: a key per survey that opens a single-use invitation of its own, framed by any site. */
@TajribaTest
class WidgetTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Test
	void aVisitorAnswersThroughTheWidgetInTheirLanguageTiedToAKnownCustomer() {
		Tenant tenant = tenants.create("Widget");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = SurveyApiTests.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"c-77\"}\n");
		// the owner sees the secret that signs customers; the analyst's key only the key and the snippet
		var analysts = key.postJson("/api/v1/surveys/" + survey + "/widget", "");
		assertThat(analysts.statusCode()).isEqualTo(200);
		assertThat(analysts.body()).doesNotContain("secret");
		var widget = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.postJson("/api/v1/surveys/" + survey + "/widget", "");
		assertThat(widget.statusCode()).isEqualTo(200);
		var matcher = Pattern.compile("\"key\":\"([A-Za-z0-9_-]+)\"").matcher(widget.body());
		assertThat(matcher.find()).isTrue();
		String widgetKey = matcher.group(1);
		assertThat(widget.body()).contains("/js/widget.js\\\" data-survey=\\\"" + widgetKey);
		assertThat(analysts.body()).contains(widgetKey);
		String secret = secret(widget.body());

		WebClient visitor = WebClient.anonymous(port);
		String door = "/s/widget/" + widgetKey + "?lang=fa-IR&customer=c-77&signature="
				+ CustomerSignature.sign(secret, "c-77") + "&touchpoint=checkout&channel=web";
		// a draft answers nobody
		assertThat(visitor.get(door).statusCode()).isEqualTo(404);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");

		var opened = visitor.get(door);
		assertThat(opened.statusCode()).isEqualTo(302);
		String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(page).matches("/s/[A-Za-z0-9_-]{43}\\?lang=fa");
		var form = visitor.get(page);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("dir=\"rtl\"");
		assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors *"));
		assertThat(form.headers().firstValue("X-Frame-Options")).isEmpty();
		String path = page.substring(0, page.indexOf('?'));
		assertThat(visitor.form(path, Map.of("q.csat", "5", "q.repurchase", "4")).statusCode()).isEqualTo(200);
		assertThat(visitor.form(path, Map.of("q.csat", "1", "q.repurchase", "1")).statusCode()).isEqualTo(409);

		String stored = key.get("/api/v1/surveys/" + survey + "/responses?customer=c-77").body();
		assertThat(stored).contains("\"source\":\"widget\"", "\"touchpoint\":\"checkout\"", "\"channel\":\"web\"",
				"\"language\":\"fa\"");

		// an unknown customer is not created from a page's say-so
		var stranger = visitor.get("/s/widget/" + widgetKey + "?customer=made-up");
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(key.get("/api/v1/customers/made-up").statusCode()).isEqualTo(404);

		// the app's own pages stay unframeable
		assertThat(WebClient.anonymous(port).get("/login").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));

		key.delete("/api/v1/surveys/" + survey + "/widget");
		assertThat(visitor.get(door).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/s/widget/nope").statusCode()).isEqualTo(404);
		assertThat(WebClient.withKey(port, tenants.create("Not theirs").apiKey())
			.postJson("/api/v1/surveys/" + survey + "/widget", "").statusCode()).isEqualTo(404);
	}

	@Autowired
	WidgetService widgets;

	@Autowired
	JdbcClient jdbc;

	record Door(Tenant tenant, WebClient key, String survey, String widgetKey, String secret) {
	}

	Door published(String name) {
		Tenant tenant = tenants.create(name);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = SurveyApiTests.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		String body = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.postJson("/api/v1/surveys/" + survey + "/widget", "").body();
		var matcher = Pattern.compile("\"key\":\"([A-Za-z0-9_-]+)\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return new Door(tenant, key, survey, matcher.group(1), secret(body));
	}

	/** Opens the widget with these parameters and answers; the customer the response is tied to, if any. */
	String answeredAs(Door door, String query) {
		WebClient visitor = WebClient.anonymous(port);
		var opened = visitor.get("/s/widget/" + door.widgetKey() + "?" + query);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(visitor.form(page.substring(0, page.indexOf('?')), Map.of("q.csat", "4", "q.repurchase", "4"))
			.statusCode()).isEqualTo(200);
		return jdbc.sql("""
				select coalesce(c.external_id, '-') from survey_responses r left join customers c
				  on c.workspace_id = r.workspace_id and c.id = r.customer_id
				where r.workspace_id = :w order by r.started_at desc limit 1""")
			.param("w", door.tenant().workspace().id()).query(String.class).single();
	}

	@Test
	void onlyACustomerSignedWithTheWidgetsSecretAndNamedByTheirIdIsLinked() {
		Door door = published("Widget signatures");
		door.key().post("/api/v1/customers", "application/x-ndjson",
				"{\"id\":\"c-1\",\"email\":\"anne@widget.example\"}\n");
		assertThat(answeredAs(door, "customer=c-1&signature=" + CustomerSignature.sign(door.secret(), "c-1")))
			.isEqualTo("c-1");
		// unsigned: the visitor answers, but anonymously
		assertThat(answeredAs(door, "customer=c-1")).isEqualTo("-");
		// an e-mail address is no customer id, even signed
		assertThat(answeredAs(door, "customer=anne%40widget.example&signature="
				+ CustomerSignature.sign(door.secret(), "anne@widget.example"))).isEqualTo("-");
		// a signature for someone else, or under another secret, is refused naming the field
		WebClient visitor = WebClient.anonymous(port);
		for (String signature : new String[] { CustomerSignature.sign(door.secret(), "c-2"),
				CustomerSignature.sign("another secret", "c-1"), "abc" }) {
			var refused = visitor.get("/s/widget/" + door.widgetKey() + "?customer=c-1&signature=" + signature);
			assertThat(refused.statusCode()).isBetween(400, 499);
			assertThat(refused.body()).contains("\"field\":\"signature\"");
		}
	}

	@Test
	void aWidgetMadeBeforeSecretsGetsOneAndKeepsItsKey() {
		Door door = published("Old widget");
		jdbc.sql("update surveys set widget_secret = null where workspace_id = :w and id = :id")
			.param("w", door.tenant().workspace().id()).param("id", java.util.UUID.fromString(door.survey())).update();
		String body = WebClient.signedIn(port, door.tenant().ownerEmail(), door.tenant().password())
			.postJson("/api/v1/surveys/" + door.survey() + "/widget", "").body();
		assertThat(body).contains("\"key\":\"" + door.widgetKey() + "\"");
		String secret = secret(body);
		assertThat(secret).isNotEqualTo(door.secret());
		// the new secret's signature is accepted (a refused one would not open the survey); c-9 is nobody known here
		assertThat(answeredAs(door, "customer=c-9&signature=" + CustomerSignature.sign(secret, "c-9"))).isEqualTo("-");
	}

	@Test
	void channelAndTouchpointAreCheckedLikeTheInteractionsApiChecksThem() {
		Door door = published("Widget fields");
		WebClient visitor = WebClient.anonymous(port);
		String open = "/s/widget/" + door.widgetKey() + "?";
		for (String[] bad : new String[][] { { "channel=%3Cb%3Ex%3C%2Fb%3E", "channel" },
				{ "channel=" + "a".repeat(41), "channel" }, { "touchpoint=" + "t".repeat(201), "touchpoint" },
				{ "touchpoint=check%0Aout", "touchpoint" }, { "interaction=i%00d", "interaction" } }) {
			var refused = visitor.get(open + bad[0]);
			assertThat(refused.statusCode()).as(bad[0]).isBetween(400, 499);
			assertThat(refused.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
		}
		assertThat(answeredAs(door, "channel=Call-Center&touchpoint=%3Cb%3Ecounter%3C%2Fb%3E")).isEqualTo("-");
		assertThat(jdbc.sql("select channel || '|' || touchpoint from survey_responses where workspace_id = :w")
			.param("w", door.tenant().workspace().id()).query(String.class).single())
			.isEqualTo("call_center|<b>counter</b>");
	}

	@Test
	void openingsNeverAnsweredArePurgedOnceExpired() {
		Door door = published("Widget purge");
		WebClient visitor = WebClient.anonymous(port);
		for (int i = 0; i < 3; i++) {
			assertThat(visitor.get("/s/widget/" + door.widgetKey()).statusCode()).isEqualTo(302);
		}
		answeredAs(door, "touchpoint=checkout");
		var opened = visitor.get("/s/widget/" + door.widgetKey());
		String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		// a partial answer (the second question left for later) keeps its invitation
		visitor.form(page.substring(0, page.indexOf('?')), Map.of("q.csat", "2", "shown", "csat"));
		java.util.function.Supplier<Long> invitations = () -> jdbc
			.sql("select count(*) from survey_invitations where workspace_id = :w")
			.param("w", door.tenant().workspace().id()).query(Long.class).single();
		assertThat(invitations.get()).isEqualTo(5);

		Instant now = Instant.now();
		assertThat(widgets.purge(now)).isGreaterThanOrEqualTo(0);
		assertThat(invitations.get()).as("none has expired yet").isEqualTo(5);
		widgets.purge(now.plus(Duration.ofDays(2)));
		assertThat(invitations.get()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from survey_responses where workspace_id = :w")
			.param("w", door.tenant().workspace().id()).query(Long.class).single()).isEqualTo(2);
	}

	static String secret(String body) {
		var secret = Pattern.compile("\"secret\":\"([A-Za-z0-9_-]{43})\"").matcher(body);
		assertThat(secret.find()).as("a secret in %s", body).isTrue();
		return secret.group(1);
	}

	@Test
	void theWidgetScriptIsServed() {
		var script = WebClient.anonymous(port).get("/js/widget.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("data-survey", "/s/widget/");
	}
}
