package io.tajriba.workspaces;

import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class InvitationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void invitingAKnownOrAnUnknownAddressAnswersAlikeAndAttachesNobody() {
		var tenant = tenants.create("Invites");
		var known = tenants.create("Someone else");
		String unknown = "new-" + UUID.randomUUID() + "@invites.example";
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());

		var toKnown = owner.postJson("/api/v1/members", "{\"email\":\"" + known.ownerEmail() + "\",\"role\":\"analyst\"}");
		var toUnknown = owner.postJson("/api/v1/members", "{\"email\":\"" + unknown + "\",\"role\":\"analyst\"}");
		assertThat(toKnown.statusCode()).isEqualTo(toUnknown.statusCode()).isEqualTo(202);
		assertThat(shape(toKnown.body(), known.ownerEmail())).isEqualTo(shape(toUnknown.body(), unknown));
		assertThat(owner.get("/api/v1/members").body()).doesNotContain(known.ownerEmail()).doesNotContain(unknown);
		assertThat(owner.get("/api/v1/invitations").body()).contains(known.ownerEmail()).contains(unknown);
		assertThat(owner.get("/settings/members").body()).contains(known.ownerEmail()).contains(unknown);
	}

	@Test
	void aNewPersonChoosesAPasswordAndJoinsWithTheInvitedRoleOnce() throws Exception {
		var tenant = tenants.create("Newcomer");
		String email = "newcomer-" + UUID.randomUUID() + "@invites.example";
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.form("/settings/members", Map.of("email", email, "role", "viewer")).statusCode()).isEqualTo(302);
		assertThat(owner.get("/settings/members").body()).contains(email);

		String link = AccountMails.link(email, "/invitations/");
		assertThat(AccountMails.to(email).getFirst().getSubject()).isEqualTo("You are invited to "
				+ tenant.workspace().name() + " on Tajriba");
		var browser = WebClient.anonymous(port);
		assertThat(browser.get(link).body()).contains(tenant.workspace().name()).contains("name=\"password\"");
		var weak = AccountMails.post(browser, link, Map.of("displayName", "Nour", "password", "short"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("password").contains("at least 12");
		var accepted = AccountMails.post(browser, link, Map.of("displayName", "Nour", "password", "a long newcomer password"));
		assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/login?joined");

		var nour = WebClient.signedIn(port, email, "a long newcomer password");
		assertThat(nour.get("/api/v1/workspace").body()).contains(tenant.workspace().id().toString())
			.contains("\"role\":\"viewer\"");
		assertThat(nour.get("/api/v1/api-keys").statusCode()).isEqualTo(403);
		assertThat(owner.get("/api/v1/audit").body()).contains("member.invited").contains("member.joined");
		assertThat(WebClient.anonymous(port).get(link).body()).contains("This invitation has expired");
		assertThat(AccountMails.post(WebClient.anonymous(port), link, Map.of("displayName", "Again",
				"password", "another long password")).statusCode()).isEqualTo(422);
	}

	@Test
	void someoneWithAnAccountJoinsByAcceptingAndKeepsTheirPassword() {
		var tenant = tenants.create("Host");
		var guest = tenants.create("Guest");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		owner.postJson("/api/v1/members", "{\"email\":\"" + guest.ownerEmail().toUpperCase() + "\",\"role\":\"agent\"}");

		String link = AccountMails.link(guest.ownerEmail(), "/invitations/");
		var browser = WebClient.anonymous(port);
		assertThat(browser.get(link).body()).doesNotContain("name=\"password\"").contains("Join");
		assertThat(AccountMails.post(browser, link, Map.of()).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?joined");
		var user = WebClient.signedIn(port, guest.ownerEmail(), guest.password());
		assertThat(user.get("/api/v1/workspaces").body()).contains(tenant.workspace().id().toString())
			.contains(guest.workspace().id().toString());
		assertThat(owner.get("/api/v1/members").body()).contains(guest.ownerEmail()).contains("\"role\":\"agent\"");
	}

	@Test
	void revokedAndExpiredInvitationsNoLongerWorkAndAdminsInviteNoOwners() {
		var tenant = tenants.create("Revoked");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String revoked = "revoked-" + UUID.randomUUID() + "@invites.example";
		String expired = "expired-" + UUID.randomUUID() + "@invites.example";
		String id = owner.postJson("/api/v1/invitations", "{\"email\":\"" + revoked + "\",\"role\":\"viewer\"}").body()
			.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		assertThat(owner.delete("/api/v1/invitations/" + id).statusCode()).isEqualTo(204);
		assertThat(WebClient.anonymous(port).get(AccountMails.link(revoked, "/invitations/")).body())
			.contains("This invitation has expired");

		owner.postJson("/api/v1/invitations", "{\"email\":\"" + expired + "\",\"role\":\"viewer\"}");
		jdbc.sql("update member_invitations set expires_at = now() - interval '1 minute' where email = :email")
			.param("email", expired).update();
		assertThat(WebClient.anonymous(port).get(AccountMails.link(expired, "/invitations/")).body())
			.contains("This invitation has expired");

		String adminEmail = "admin-" + UUID.randomUUID() + "@invites.example";
		tenants.addMember(tenant, administration.ensureUser(adminEmail, "Admin", TestWorkspaces.PASSWORD), Role.ADMIN);
		var admin = WebClient.signedIn(port, adminEmail, TestWorkspaces.PASSWORD);
		var asOwner = admin.postJson("/api/v1/invitations", "{\"email\":\"x-" + expired + "\",\"role\":\"owner\"}");
		assertThat(asOwner.statusCode()).isEqualTo(422);
		assertThat(asOwner.body()).contains("\"field\":\"role\"");
		var bad = admin.postJson("/api/v1/invitations", "{\"email\":\"not an address\",\"role\":\"viewer\"}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"email\"");
	}

	/** The answer with what differs by nature (the address, the id, the times) taken out. */
	private static String shape(String body, String email) {
		return body.replace(email, "EMAIL").replaceAll("\"[0-9a-f-]{36}\"", "ID")
			.replaceAll("\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\"", "TIME");
	}
}
