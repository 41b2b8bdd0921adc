package io.tajriba.surveys;

import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A survey's responses found by their filters, page after page, and each one opened; never another workspace's. */
@TajribaTest
class ResponseListTests {

	static final String ROWS = """
			{"id":"d1","customer":"c-1","channel":"call_center","touchpoint":"IVR billing","agent":"Sara","submittedAt":"2026-03-01T10:00:00Z","locale":"fa","answers":{"nps":2,"reason":"صف طولانی <b>بود</b>","feeling":["angry"]}}
			{"id":"d2","customer":"c-2","channel":"web","touchpoint":"checkout","submittedAt":"2026-03-02T10:00:00Z","locale":"en","answers":{"nps":6,"reason":"The queue was 100% too long"}}
			{"id":"p1","customer":"c-1","channel":"web","touchpoint":"checkout","submittedAt":"2026-03-03T10:00:00Z","locale":"en","answers":{"nps":9,"feeling":["delighted"]}}
			{"id":"p2","channel":"store","touchpoint":"Shiraz-1","submittedAt":"2026-03-20T21:00:00Z","locale":"he","answers":{"nps":10,"reason":"שירות מעולה"}}
			{"id":"n1","channel":"store","submittedAt":"2026-03-21T10:00:00Z","locale":"ar","answers":{"nps":7}}
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	Tenant tenant;
	WebClient key;
	String survey;

	@BeforeEach
	void responses() {
		tenant = tenants.create("Response list");
		key = WebClient.withKey(port, tenant.apiKey());
		survey = SurveyApiTests.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"NPS\"}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", ROWS).body())
			.contains("\"accepted\":5");
	}

	String ids(String query) {
		var response = key.get("/api/v1/surveys/" + survey + "/responses" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		var matcher = Pattern.compile("\"externalId\":\"(\\w+)\"").matcher(response.body());
		StringBuilder ids = new StringBuilder();
		while (matcher.find()) {
			ids.append(ids.isEmpty() ? "" : ",").append(matcher.group(1));
		}
		return ids.toString();
	}

	@Test
	void filtersNarrowTheResponsesNewestFirst() {
		assertThat(ids("")).isEqualTo("n1,p2,p1,d2,d1");
		assertThat(ids("?question=nps&max=6")).isEqualTo("d2,d1");
		assertThat(ids("?question=nps&min=9&max=10")).isEqualTo("p2,p1");
		assertThat(ids("?question=feeling&answer=angry")).isEqualTo("d1");
		assertThat(ids("?question=reason")).isEqualTo("p2,d2,d1");
		assertThat(ids("?touchpoint=checkout&channel=web")).isEqualTo("p1,d2");
		assertThat(ids("?agent=Sara")).isEqualTo("d1");
		assertThat(ids("?customer=c-1")).isEqualTo("p1,d1");
		assertThat(ids("?customer=nobody")).isEmpty();
		assertThat(ids("?language=he")).isEqualTo("p2");
		assertThat(ids("?text=QUEUE")).isEqualTo("d2");
		assertThat(ids("?text=100%25")).isEqualTo("d2");
		assertThat(ids("?text=%25")).isEqualTo("d2");
		assertThat(ids("?text=طولانی")).isEqualTo("d1");
		// days in the workspace's time zone (Tehran, +03:30): 21:00 UTC on 20 March is already 21 March there
		assertThat(ids("?from=2026-03-21&to=2026-03-21")).isEqualTo("n1,p2");
		assertThat(ids("?to=2026-03-02")).isEqualTo("d2,d1");
	}

	@Test
	void longListsComePageByPage() {
		var first = key.get("/api/v1/surveys/" + survey + "/responses?limit=2");
		String next = first.headers().firstValue("X-Next-Page").orElseThrow();
		assertThat(ids("?limit=2")).isEqualTo("n1,p2");
		assertThat(ids("?limit=2&before=" + next)).isEqualTo("p1,d2");
		var last = key.get("/api/v1/surveys/" + survey + "/responses?limit=3&before=" + next);
		assertThat(last.headers().firstValue("X-Next-Page")).isEmpty();
	}

	@Test
	void badFiltersNameTheirField() {
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses?status=done").body()).contains("\"field\":\"status\"");
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses?question=nps&min=9&max=2").body())
			.contains("\"field\":\"min\"");
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses?max=2").body()).contains("\"field\":\"question\"");
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses?from=yesterday").body()).contains("\"field\":\"from\"");
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses?before=xyz").body()).contains("\"field\":\"before\"");
		var wrongType = key.get("/api/v1/surveys/" + survey + "/responses?question=nps&min=low");
		assertThat(wrongType.statusCode()).isBetween(400, 422);
		assertThat(wrongType.body()).contains("min");
	}

	@Test
	void theListAndEachResponseAreShownEscapedAndOnlyInTheirWorkspace() {
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var detractors = owner.get("/surveys/" + survey + "/responses?question=nps&max=6");
		assertThat(detractors.statusCode()).isEqualTo(200);
		assertThat(detractors.body()).contains("The queue was 100% too long", "صف طولانی &lt;b&gt;بود&lt;/b&gt;")
			.doesNotContain("שירות מעולה", "<b>بود</b>");
		var link = Pattern.compile("href=\"(/surveys/" + survey + "/responses/[0-9a-f-]{36})\"").matcher(detractors.body());
		assertThat(link.find()).isTrue();
		String one = link.group(1);
		var shown = owner.get(one);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).containsAnyOf("The queue was 100% too long", "صف طولانی &lt;b&gt;بود&lt;/b&gt;")
			.contains("How likely are you to recommend us");

		Tenant stranger = tenants.create("Response list stranger");
		WebClient other = WebClient.signedIn(port, stranger.ownerEmail(), stranger.password());
		assertThat(other.get("/surveys/" + survey + "/responses").statusCode()).isEqualTo(404);
		assertThat(other.get(one).statusCode()).isEqualTo(404);
		String theirs = SurveyApiTests.id(WebClient.withKey(port, stranger.apiKey())
			.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"Theirs\"}").body());
		// another workspace's response under one's own survey is not found either
		assertThat(other.get("/surveys/" + theirs + one.substring(one.indexOf("/responses"))).statusCode()).isEqualTo(404);
	}
}
