package io.tajriba.surveys;

import java.util.Map;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
		var widget = key.postJson("/api/v1/surveys/" + survey + "/widget", "");
		assertThat(widget.statusCode()).isEqualTo(200);
		var matcher = Pattern.compile("\"key\":\"([A-Za-z0-9_-]+)\"").matcher(widget.body());
		assertThat(matcher.find()).isTrue();
		String widgetKey = matcher.group(1);
		assertThat(widget.body()).contains("/js/widget.js\\\" data-survey=\\\"" + widgetKey);

		WebClient visitor = WebClient.anonymous(port);
		String door = "/s/widget/" + widgetKey + "?lang=fa-IR&customer=c-77&touchpoint=checkout&channel=web";
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

	@Test
	void theWidgetScriptIsServed() {
		var script = WebClient.anonymous(port).get("/js/widget.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("data-survey", "/s/widget/");
	}
}
