package io.tajriba.web.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicEndpointsTests {

	static boolean open(PublicEndpoints endpoints, String path) {
		return endpoints.isPublic(new MockHttpServletRequest("GET", path));
	}

	@Test
	void healthIsAlwaysPublicAndTheRestOnlyWhenNamed() {
		PublicEndpoints closed = new PublicEndpoints(List.of("health"));
		assertThat(open(closed, "/actuator/health")).isTrue();
		assertThat(open(closed, "/actuator/health/readiness")).isTrue();
		assertThat(open(closed, "/actuator/prometheus")).isFalse();
		assertThat(open(closed, "/actuator/info")).isFalse();
		assertThat(open(closed, "/actuator")).isFalse();
		assertThat(open(closed, "/v3/api-docs")).isFalse();
		assertThat(open(closed, "/swagger-ui/index.html")).isFalse();
		assertThat(open(new PublicEndpoints(List.of()), "/actuator/health/liveness")).isTrue();

		PublicEndpoints opened = new PublicEndpoints(List.of(" Prometheus", "api-docs", ""));
		assertThat(open(opened, "/actuator/prometheus")).isTrue();
		assertThat(open(opened, "/v3/api-docs/swagger-config")).isTrue();
		assertThat(open(opened, "/swagger-ui.html")).isTrue();
		assertThat(open(opened, "/actuator/info")).isFalse();
		// a look-alike path is not the endpoint
		assertThat(open(opened, "/actuator/healthz")).isFalse();
	}

	@Test
	void anUnknownNameIsRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicEndpoints(List.of("metrics")))
			.withMessageContaining("metrics");
	}
}
