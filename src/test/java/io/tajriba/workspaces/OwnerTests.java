package io.tajriba.workspaces;

import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class OwnerTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Test
	void adminsCannotDemoteOrRemoveOwnersNorMakeThem() {
		var tenant = tenants.create("Owners by owners");
		UUID second = member(tenant, "second-owner", Role.OWNER);
		UUID adminId = member(tenant, "admin", Role.ADMIN);
		UUID viewer = member(tenant, "viewer", Role.VIEWER);
		var admin = WebClient.signedIn(port, email(tenant, "admin"), TestWorkspaces.PASSWORD);

		var demote = admin.patchJson("/api/v1/members/" + tenant.ownerId(), "{\"role\":\"viewer\"}");
		assertThat(demote.statusCode()).isEqualTo(422);
		assertThat(demote.body()).contains("\"field\":\"role\"");
		var remove = admin.delete("/api/v1/members/" + second);
		assertThat(remove.statusCode()).isEqualTo(422);
		assertThat(remove.body()).contains("\"field\":\"userId\"");
		assertThat(admin.patchJson("/api/v1/members/" + viewer, "{\"role\":\"owner\"}").statusCode()).isEqualTo(422);
		assertThat(admin.patchJson("/api/v1/members/" + viewer, "{\"role\":\"analyst\"}").statusCode()).isEqualTo(200);
		assertThat(admin.patchJson("/api/v1/members/" + adminId, "{\"role\":\"owner\"}").statusCode()).isEqualTo(422);

		var owners = admin.get("/api/v1/members").body();
		assertThat(owners.split("\"role\":\"owner\"", -1)).hasSize(3);
	}

	@Test
	void anOwnerChangesAnotherOwnerButTheWorkspaceKeepsOne() {
		var tenant = tenants.create("Last owner");
		UUID second = member(tenant, "second-owner", Role.OWNER);
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());

		assertThat(owner.patchJson("/api/v1/members/" + second, "{\"role\":\"admin\"}").statusCode()).isEqualTo(200);
		assertThat(owner.patchJson("/api/v1/members/" + tenant.ownerId(), "{\"role\":\"admin\"}").statusCode())
			.isEqualTo(422);
		assertThat(owner.delete("/api/v1/members/" + tenant.ownerId()).statusCode()).isEqualTo(422);
		assertThat(owner.patchJson("/api/v1/members/" + second, "{\"role\":\"owner\"}").statusCode()).isEqualTo(200);
		assertThat(owner.delete("/api/v1/members/" + second).statusCode()).isEqualTo(204);
		assertThat(owner.get("/api/v1/members").body()).contains("\"role\":\"owner\"")
			.doesNotContain(second.toString());
	}

	private UUID member(TestWorkspaces.Tenant tenant, String name, Role role) {
		UUID id = administration.ensureUser(email(tenant, name), name, TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, id, role);
		return id;
	}

	private static String email(TestWorkspaces.Tenant tenant, String name) {
		return name + "-" + tenant.keyId() + "@owners.example";
	}
}
