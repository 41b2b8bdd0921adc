package io.tajriba.web;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Health for anyone; metrics and the API docs only for signed-in users unless a setting opens them. */
@TajribaTest
class ManagementEndpointsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Test
	void anonymousReadersGetHealthOnly() {
		WebClient anonymous = WebClient.anonymous(port);
		var health = anonymous.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator", "/v3/api-docs",
				"/swagger-ui.html", "/swagger-ui/index.html", "/actuator/env" }) {
			var closed = anonymous.get(path);
			assertThat(closed.statusCode()).as(path).isEqualTo(401);
			assertThat(closed.body()).as(path).doesNotContain("jvm_", "openapi");
		}
		// an API key is no way in either: these are not the API
		Tenant tenant = tenants.create("Management");
		assertThat(WebClient.withKey(port, tenant.apiKey()).get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void signedInUsersReadTheMetricsAndTheApiDocs() {
		Tenant tenant = tenants.create("Management signed in");
		WebClient user = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var metrics = user.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_");
		var docs = user.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"");
	}
}
