package io.tajriba.personas.internal;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.personas.domain.CustomerFeatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Persona suggestions cluster a bounded, uniform and repeatable sample of the customers, never all of them. */
@TajribaTest
class ClusteringSampleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	FeatureReader features;

	@Test
	void aSampleHoldsAtMostItsSizeOfDistinctCustomersTheSameForTheSameSeed() {
		Tenant tenant = tenants.create("Sample");
		StringBuilder events = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			events.append("{\"id\":\"e").append(i).append("\",\"customer\":\"c").append(i)
				.append("\",\"type\":\"visit\",\"channel\":\"app\",\"occurredAt\":\"2026-05-01T09:00:00Z\"}\n");
		}
		WebClient.withKey(port, tenant.apiKey()).post("/api/v1/interactions", "application/x-ndjson", events.toString());
		UUID workspace = tenant.workspace().id();

		List<CustomerFeatures> all = features.read(workspace);
		assertThat(all).hasSize(30).allSatisfy(c -> assertThat(c.numbers()).containsKey("interactions"));
		List<CustomerFeatures> sample = features.sample(workspace, 10, 7);
		assertThat(sample).hasSize(10);
		assertThat(new HashSet<>(sample.stream().map(CustomerFeatures::customerId).toList())).hasSize(10)
			.isSubsetOf(all.stream().map(CustomerFeatures::customerId).toList());
		assertThat(sample).allSatisfy(c -> assertThat(c.numbers()).containsKey("interactions"));
		assertThat(features.sample(workspace, 10, 7)).isEqualTo(sample);
		assertThat(features.sample(workspace, 10, 8)).isNotEqualTo(sample);
		assertThat(features.sample(workspace, 100, 7)).hasSize(30);
	}
}
