package io.tajriba.workspaces;

import java.util.Optional;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fixed key (as {@code TAJRIBA_DEMO_API_KEY} gives) survives restarts and cannot be taken by another workspace. */
@TajribaTest
class ChosenKeyTests {

	static final String SECRET = "tjr_fixed_secret_for_restarts_0123456789";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Test
	void replacingAKeyWithTheSameChosenSecretKeepsItWorking() {
		Tenant tenant = tenants.create("Fixed key");
		var first = administration.replaceKey(tenant.workspace().id(), "ingest", Role.ANALYST, Optional.of(SECRET));
		var again = administration.replaceKey(tenant.workspace().id(), "ingest", Role.ANALYST, Optional.of(SECRET));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(WebClient.withKey(port, SECRET).get("/api/v1/workspace").statusCode()).isEqualTo(200);

		var other = administration.replaceKey(tenant.workspace().id(), "ingest", Role.ANALYST, Optional.empty());
		assertThat(WebClient.withKey(port, SECRET).get("/api/v1/workspace").statusCode()).isEqualTo(401);
		var back = administration.replaceKey(tenant.workspace().id(), "ingest", Role.ANALYST, Optional.of(SECRET));
		assertThat(back.id()).isEqualTo(first.id());
		assertThat(WebClient.withKey(port, SECRET).get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(WebClient.withKey(port, other.secret()).get("/api/v1/workspace").statusCode()).isEqualTo(401);

		Tenant stranger = tenants.create("Stranger");
		assertThatThrownBy(() -> administration.replaceKey(stranger.workspace().id(), "ingest", Role.ANALYST,
				Optional.of(SECRET)))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("already in use");
	}
}
