package io.tajriba.web;

import java.net.http.HttpRequest;

import io.tajriba.TajribaTest;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy on the same machine (trusted by default), a client that came over HTTPS gets HSTS and
 * {@code Secure} cookies; one that came over plain HTTP gets neither.
 */
@TajribaTest
class ProxyHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void anHttpsClientBehindTheProxyGetsSecureCookiesAndHsts() {
		var secure = WebClient.anonymous(port).send("/login", HttpRequest.newBuilder()
			.header("X-Forwarded-For", "198.51.100.4").header("X-Forwarded-Proto", "https").GET());
		assertThat(secure.statusCode()).isEqualTo(200);
		assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(secure.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));

		var plain = WebClient.anonymous(port).send("/login", HttpRequest.newBuilder()
			.header("X-Forwarded-Proto", "http").GET());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void theLanguageCookieIsSecureToo() {
		var chosen = WebClient.anonymous(port).send("/login?lang=fa", HttpRequest.newBuilder()
			.header("X-Forwarded-For", "198.51.100.4").header("X-Forwarded-Proto", "https").GET());
		assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("tajriba-lang=fa").contains("Secure"));
	}

	@Test
	void aForwardedHeaderTheProxyPassedOnFromTheClientIsNotBelieved() {
		var spoofed = WebClient.anonymous(port).send("/login", HttpRequest.newBuilder()
			.header("Forwarded", "for=203.0.113.9;proto=https").GET());
		assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(spoofed.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}
}
