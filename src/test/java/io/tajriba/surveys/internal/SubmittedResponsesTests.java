package io.tajriba.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A period's responses read page after page: none lost or repeated where pages meet, even at the same instant. */
@TajribaTest
class SubmittedResponsesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	SubmittedResponses responses;

	@Test
	void pagesMeetWithoutLosingOrRepeatingAResponse() {
		Tenant tenant = tenants.create("Pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String created = key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body();
		String survey = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
		StringBuilder rows = new StringBuilder();
		// seven responses over three instants: the pages of two cut through responses of the same instant
		for (int i = 0; i < 7; i++) {
			rows.append("{\"id\":\"p%d\",\"submittedAt\":\"%s\",\"answers\":{\"csat\":%d,\"repurchase\":3}}\n"
				.formatted(i, at.plusSeconds(i / 3), i % 5 + 1));
		}
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString());

		List<UUID> paged = new ArrayList<>();
		responses.between(tenant.workspace().id(), at, at.plusSeconds(10), 100, 2, r -> paged.add(r.responseId()));
		List<UUID> whole = new ArrayList<>();
		responses.between(tenant.workspace().id(), at, at.plusSeconds(10), 100, r -> whole.add(r.responseId()));
		assertThat(paged).hasSize(7).doesNotHaveDuplicates().isEqualTo(whole);
		List<UUID> five = new ArrayList<>();
		responses.between(tenant.workspace().id(), at, at.plusSeconds(10), 5, 2, r -> five.add(r.responseId()));
		assertThat(five).isEqualTo(whole.subList(0, 5));
	}
}
