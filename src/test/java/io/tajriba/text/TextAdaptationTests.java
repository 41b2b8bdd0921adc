package io.tajriba.text;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class TextAdaptationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TextAnalytics text;

	static String ratedTexts() {
		var json = new StringBuilder("[");
		String[] fillers = { "order 1042", "on monday", "for my sister", "at the mall branch", "last week",
				"with the voucher", "around noon", "for the office" };
		for (int i = 0; i < 60; i++) {
			json.append("{\"text\":\"kiwipay checkout ").append(fillers[i % 8]).append("\",\"nps\":10},");
			json.append("{\"text\":\"blurgh fees ").append(fillers[i % 8]).append("\",\"nps\":").append(i % 7).append("},");
			json.append("{\"text\":\"so so ").append(fillers[i % 8]).append("\",\"nps\":7},");
		}
		return json.append("{\"text\":\"blurgh fees\",\"nps\":0}]").toString();
	}

	@Test
	void aWorkspaceKeepsTheBetterModelAndOnlyItUsesIt() {
		var tenant = tenants.create("Adapting");
		var other = tenants.create("Not adapting");
		var key = WebClient.withKey(port, tenant.apiKey());
		assertThat(text.analyze(tenant.workspace().id(), "kiwipay checkout at the airport").sentiment())
			.isNotEqualTo("positive");
		var response = key.postJson("/api/v1/text/adaptation", ratedTexts());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"language\":\"en\"", "\"trainTexts\":97", "\"heldOutTexts\":24",
				"\"kept\":true");
		assertThat(key.get("/api/v1/text/adaptation").body()).contains("\"kept\":true");
		assertThat(text.analyze(tenant.workspace().id(), "kiwipay checkout at the airport").sentiment())
			.isEqualTo("positive");
		assertThat(text.analyze(other.workspace().id(), "kiwipay checkout at the airport").sentiment())
			.isNotEqualTo("positive");
		assertThat(WebClient.withKey(port, other.apiKey()).get("/api/v1/text/adaptation").body()).isEqualTo("[]");
	}

	@Test
	void badRowsAreNamed() {
		var key = WebClient.withKey(port, tenants.create("Bad rows").apiKey());
		var response = key.postJson("/api/v1/text/adaptation", "[{\"text\":\"fine\",\"nps\":9},{\"text\":\"x\",\"nps\":11}]");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"[1].nps\"");
	}
}
