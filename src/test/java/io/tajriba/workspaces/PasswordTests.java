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
class PasswordTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResetIsAskedForAlikeForAnyAddressAndItsLinkWorksOnce() {
		var tenant = tenants.create("Forgot");
		String unknown = "nobody-" + UUID.randomUUID() + "@reset.example";
		var elsewhere = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());

		var forKnown = AccountMails.post(WebClient.anonymous(port), "/password/forgot", Map.of("email", tenant.ownerEmail()));
		var forUnknown = AccountMails.post(WebClient.anonymous(port), "/password/forgot", Map.of("email", unknown));
		assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(302);
		assertThat(forKnown.headers().firstValue("Location")).isEqualTo(forUnknown.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/password/forgot?sent"));

		String link = AccountMails.link(tenant.ownerEmail(), "/password/reset/");
		assertThat(AccountMails.to(unknown)).isEmpty();
		var browser = WebClient.anonymous(port);
		var weak = AccountMails.post(browser, link, Map.of("password", "aaaaaaaaaaaaaaaa"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("password").contains("few different characters");
		var reset = AccountMails.post(browser, link, Map.of("password", "a brand new passphrase"));
		assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");

		assertThat(elsewhere.get("/api/v1/workspace").statusCode()).isEqualTo(401);
		assertThat(WebClient.signedIn(port, tenant.ownerEmail(), "a brand new passphrase").get("/api/v1/workspace")
			.statusCode()).isEqualTo(200);
		assertThat(WebClient.anonymous(port).get(link).body()).contains("This link has expired or was already used");
		assertThat(AccountMails.post(WebClient.anonymous(port), link, Map.of("password", "yet another passphrase"))
			.statusCode()).isEqualTo(422);
		assertThat(hash(tenant)).doesNotContain("a brand new passphrase").startsWith("{argon2}");
	}

	@Test
	void resetLinksExpireAndAreNotSentMoreThanThreeTimesAnHour() {
		var tenant = tenants.create("Expiring");
		for (int i = 0; i < 4; i++) {
			AccountMails.post(WebClient.anonymous(port), "/password/forgot", Map.of("email", tenant.ownerEmail()));
		}
		assertThat(jdbc.sql("select count(*) from password_resets where user_id = :user").param("user", tenant.ownerId())
			.query(Integer.class).single()).isEqualTo(3);
		String link = AccountMails.link(tenant.ownerEmail(), "/password/reset/");
		jdbc.sql("update password_resets set expires_at = now() - interval '1 second' where user_id = :user")
			.param("user", tenant.ownerId()).update();
		assertThat(WebClient.anonymous(port).get(link).body()).contains("This link has expired or was already used");
		assertThat(AccountMails.post(WebClient.anonymous(port), link, Map.of("password", "a brand new passphrase"))
			.statusCode()).isEqualTo(422);
	}

	@Test
	void aSignedInUserChangesTheirPasswordGivenThePresentOneAndTheirOtherSessionsEnd() {
		var tenant = tenants.create("Change");
		var other = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var me = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(me.get("/settings").body()).contains("/settings/password");
		assertThat(me.get("/settings/password").body()).contains("sign_in");

		var wrong = me.form("/settings/password", Map.of("currentPassword", "not my password", "password",
				"a brand new passphrase"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("currentPassword");
		var weak = me.form("/settings/password", Map.of("currentPassword", tenant.password(), "password",
				"x" + tenant.ownerEmail()));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("must not contain the e-mail address");

		var changed = me.form("/settings/password", Map.of("currentPassword", tenant.password(), "password",
				"a brand new passphrase"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/settings/password");
		assertThat(me.get("/settings/password").body()).contains("password.changed");
		assertThat(me.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(other.get("/api/v1/workspace").statusCode()).isEqualTo(401);
		assertThat(WebClient.signedIn(port, tenant.ownerEmail(), "a brand new passphrase").get("/api/v1/workspace")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aStolenSessionGuessesThePresentPasswordNoFasterThanTheSignInPage() {
		TestWorkspaces.Tenant tenant = tenants.create("Guessed");
		WebClient thief = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		for (int i = 0; i < 5; i++) {
			assertThat(thief.form("/settings/password", Map.of("currentPassword", "guess " + i, "password",
					"a thief's new passphrase")).body()).contains("is not your present password");
		}
		var refused = thief.form("/settings/password", Map.of("currentPassword", tenant.password(), "password",
				"a thief's new passphrase"));
		assertThat(refused.body()).contains("was wrong too often");
		assertThat(WebClient.signedIn(port, tenant.ownerEmail(), tenant.password()).get("/api/v1/workspace")
			.statusCode()).isEqualTo(200);
	}

	private String hash(TestWorkspaces.Tenant tenant) {
		return jdbc.sql("select password_hash from users where id = :id").param("id", tenant.ownerId())
			.query(String.class).single();
	}
}
