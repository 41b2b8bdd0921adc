package io.tajriba.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.SurveyScores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dissatisfied answers of a period: CSAT 1-2 and repurchase 1-2 of customers, each once however the pages of a
 * type cut through answers of the same instant, with what their response was about.
 */
@TajribaTest
class DissatisfiedAnswersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	DissatisfiedAnswers answers;

	@Test
	void customersAnswersAtOrBelowTheCutOffEachOnce() {
		Tenant tenant = tenants.create("Dissatisfied");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String created = key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body();
		String survey = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
		StringBuilder rows = new StringBuilder();
		// CSAT 1, 2, 3, 4, 5, 1, 2, 3, 4, 5 and repurchase 1, 3, 5, ... over four instants; the last has no customer
		for (int i = 0; i < 10; i++) {
			rows.append(("{\"id\":\"d%d\",%s\"interaction\":\"visit-%d\",\"touchpoint\":\"checkout\","
					+ "\"submittedAt\":\"%s\",\"answers\":{\"csat\":%d,\"repurchase\":%d}}\n").formatted(i,
							i == 9 ? "" : "\"customer\":\"c" + i + "\",", i, at.plusSeconds(i / 3), i % 5 + 1,
							i * 2 % 5 + 1));
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString())
			.body()).contains("\"accepted\":10");

		List<SurveyScores.Dissatisfied> paged = new ArrayList<>();
		answers.between(tenant.workspace().id(), at, at.plusSeconds(10), 2, paged::add);
		// CSAT: d0 (1), d1 (2), d5 (1), d6 (2); repurchase: d0 (1), d3 (2), d5 (1), d8 (2)
		assertThat(paged).map(a -> a.questionType() + ":" + a.score())
			.containsExactlyInAnyOrder("csat:1", "csat:2", "csat:1", "csat:2", "repurchase:1", "repurchase:2",
					"repurchase:1", "repurchase:2");
		assertThat(paged).map(a -> a.responseId() + a.questionKey()).doesNotHaveDuplicates();
		assertThat(paged).allSatisfy(a -> {
			assertThat(a.touchpoint()).isEqualTo("checkout");
			assertThat(a.interactionId()).startsWith("visit-");
			assertThat(a.customerId()).isNotNull();
		});
		List<SurveyScores.Dissatisfied> whole = new ArrayList<>();
		answers.between(tenant.workspace().id(), at, at.plusSeconds(10), whole::add);
		assertThat(whole).isEqualTo(paged);
		List<SurveyScores.Dissatisfied> later = new ArrayList<>();
		answers.between(tenant.workspace().id(), at.plusSeconds(2), at.plusSeconds(10), later::add);
		assertThat(later).map(SurveyScores.Dissatisfied::interactionId).containsOnly("visit-6", "visit-8");
	}
}
