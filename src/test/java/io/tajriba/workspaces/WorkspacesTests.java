package io.tajriba.workspaces;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
@RecordApplicationEvents
class WorkspacesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ApplicationEvents events;

	@Test
	void creatingAWorkspacePublishesAnEventAndAuditsIt() {
		var tenant = tenants.create("Events", "fa", CalendarSystem.PERSIAN);
		assertThat(events.stream(WorkspaceCreated.class))
			.containsExactly(new WorkspaceCreated(tenant.workspace().id(), tenant.workspace().name(), "fa"));
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.get("/api/v1/audit").body()).contains("workspace.created").contains("sign_in");
		assertThat(owner.get("/api/v1/workspace").body()).contains("\"calendar\":\"persian\"")
			.contains("\"role\":\"owner\"");
	}

	@Test
	void settingsChangeThroughTheApiAndAreAudited() {
		var tenant = tenants.create("Settings");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var changed = owner.patchJson("/api/v1/workspace",
				"{\"name\":\"شرکت نمونه\",\"defaultLocale\":\"he\",\"timeZone\":\"Asia/Jerusalem\",\"calendar\":\"hebrew\"}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("شرکت نمونه").contains("\"calendar\":\"hebrew\"");
		assertThat(owner.get("/api/v1/audit").body()).contains("workspace.updated");
	}

	@Test
	void viewersAndKeysCannotAdminister() {
		var tenant = tenants.create("Roles");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String email = "viewer-" + tenant.keyId() + "@example.com";
		var invited = owner.postJson("/api/v1/members", "{\"email\":\"" + email + "\",\"role\":\"viewer\"}");
		assertThat(invited.statusCode()).isEqualTo(202);
		AccountMails.post(WebClient.anonymous(port), AccountMails.link(email, "/invitations/"),
				java.util.Map.of("displayName", "Vera", "password", "a long viewer password"));
		var viewer = WebClient.signedIn(port, "viewer-" + tenant.keyId() + "@example.com", "a long viewer password");
		assertThat(viewer.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/api-keys").statusCode()).isEqualTo(403);
		assertThat(viewer.postJson("/api/v1/members", "{}").statusCode()).isIn(403, 422);
		assertThat(WebClient.withKey(port, tenant.apiKey()).get("/api/v1/members").statusCode()).isEqualTo(403);
	}

	@Test
	void theLastOwnerCannotBeRemovedOrDemoted() {
		var tenant = tenants.create("Owners");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.delete("/api/v1/members/" + tenant.ownerId()).statusCode()).isEqualTo(422);
		assertThat(owner.patchJson("/api/v1/members/" + tenant.ownerId(), "{\"role\":\"viewer\"}").statusCode())
			.isEqualTo(422);
	}
}
