package io.tajriba.workspaces;

import java.util.Map;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class SignInThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterFiveFailuresAnAccountIsRefusedForAWhileEvenWithItsPasswordWhileOthersSignIn() {
		var tenant = tenants.create("Throttle");
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(tenant.ownerEmail(), "not the password " + i)).endsWith("/login?error");
		}
		assertThat(signIn(tenant.ownerEmail(), tenant.password())).endsWith("/login?throttled");
		assertThat(WebClient.anonymous(port).get("/login?throttled").body()).contains("Too many failed attempts");

		var other = tenants.create("Not throttled");
		assertThat(signIn(other.ownerEmail(), other.password())).doesNotContain("/login");
	}

	@Test
	void aPasswordHashedWithTheFormerSixteenMebibytesStillSignsInAndIsUpgraded() {
		var tenant = tenants.create("Old hash");
		String old = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 1 << 14, 2).encode(tenant.password());
		jdbc.sql("update users set password_hash = :hash where id = :id").param("hash", old)
			.param("id", tenant.ownerId()).update();

		assertThat(signIn(tenant.ownerEmail(), tenant.password())).doesNotContain("/login");
		assertThat(jdbc.sql("select password_hash from users where id = :id").param("id", tenant.ownerId())
			.query(String.class).single()).contains("m=19456,t=2,p=1");
	}

	/** Where the sign-in form sends the browser. */
	private String signIn(String email, String password) {
		WebClient browser = WebClient.anonymous(port);
		String page = browser.get("/login").body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var response = browser.form("/login", Map.of("email", email, "password", password, "_csrf", csrf));
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}
}
