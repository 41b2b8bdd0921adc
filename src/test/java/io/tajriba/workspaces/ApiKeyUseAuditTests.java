package io.tajriba.workspaces;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class ApiKeyUseAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyInConstantUseIsAuditedAgainAfterAnHour() {
		var tenant = tenants.create("Key use");
		var key = WebClient.withKey(port, tenant.apiKey());
		assertThat(key.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(key.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(uses(tenant)).isEqualTo(1);

		// used a minute ago, as a key in constant use always is; audited an hour ago
		Instant now = Instant.now();
		jdbc.sql("update api_keys set last_used_at = :used, last_audited_at = :audited where id = :id")
			.param("used", now.minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC))
			.param("audited", now.minus(61, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC))
			.param("id", tenant.keyId()).update();
		assertThat(key.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(key.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(uses(tenant)).isEqualTo(2);
	}

	private int uses(TestWorkspaces.Tenant tenant) {
		return jdbc.sql("select count(*) from audit_log where workspace_id = :ws and action = 'api_key.used'")
			.param("ws", tenant.workspace().id()).query(Integer.class).single();
	}
}
