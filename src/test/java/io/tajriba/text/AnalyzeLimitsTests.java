package io.tajriba.text;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** One call of the text analysis is bounded: in texts, in characters each and in characters together. */
@TajribaTest
class AnalyzeLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Test
	void tooManyTextsTooLongATextOrTooMuchTextTogetherAreRefusedNamingWhere() {
		WebClient key = WebClient.withKey(port, tenants.create("Limits").apiKey());
		assertThat(key.postJson("/api/v1/text/analyze", batch(501, 10)).statusCode()).isEqualTo(413);
		var long1 = key.postJson("/api/v1/text/analyze", "{\"text\":\"" + "a".repeat(5_001) + "\"}");
		assertThat(long1.statusCode()).isEqualTo(422);
		assertThat(long1.body()).contains("\"field\":\"text\"");
		var together = key.postJson("/api/v1/text/analyze", batch(120, 4_500));
		assertThat(together.statusCode()).isEqualTo(422);
		assertThat(together.body()).contains("\"field\":\"[111].text\"", "500000");
		var fine = key.postJson("/api/v1/text/analyze", batch(3, 20));
		assertThat(fine.statusCode()).isEqualTo(200);
		assertThat(fine.body()).contains("\"id\":\"t2\"");
	}

	private static String batch(int texts, int characters) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < texts; i++) {
			json.append(i == 0 ? "" : ",").append("{\"id\":\"t").append(i).append("\",\"text\":\"")
				.append("good service ".repeat(characters / 13 + 1), 0, characters).append("\"}");
		}
		return json.append(']').toString();
	}
}
