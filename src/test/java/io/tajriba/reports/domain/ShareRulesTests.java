package io.tajriba.reports.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareRulesTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Test
	void aLinkLastsThirtyDaysUnlessToldAndAtMostAYear() {
		assertThat(ShareRules.expiry(null, NOW)).isEqualTo(NOW.plus(Duration.ofDays(30)));
		assertThat(ShareRules.expiry(NOW.plus(Duration.ofDays(365)), NOW)).isEqualTo(NOW.plus(Duration.ofDays(365)));
		assertThatThrownBy(() -> ShareRules.expiry(NOW.plus(Duration.ofDays(400)), NOW))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("expiresAt"));
		assertThatThrownBy(() -> ShareRules.expiry(NOW, NOW)).isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void theViewIsKnownAndThePasswordLongEnough() {
		assertThat(ShareRules.view(null)).isEqualTo("overview");
		assertThatThrownBy(() -> ShareRules.view("responses")).isInstanceOf(InvalidFieldException.class);
		assertThat(ShareRules.password("")).isNull();
		assertThat(ShareRules.password("12345678")).isEqualTo("12345678");
		assertThatThrownBy(() -> ShareRules.password("1234567"))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("password"));
	}

	@Test
	void thePageTakesTheLanguageOnlyAndTheFormItsPassword() {
		assertThat(ShareRules.refused(List.of("lang"), false)).isEmpty();
		assertThat(ShareRules.refused(List.of("lang", "from", "channel"), false)).containsExactly("channel", "from");
		assertThat(ShareRules.refused(List.of("password"), false)).containsExactly("password");
		assertThat(ShareRules.refused(List.of("password", "_csrf", "lang"), true)).isEmpty();
		assertThat(ShareRules.refused(List.of("password", "survey"), true)).containsExactly("survey");
	}

	@Test
	void aLinkOpensUntilItExpiresOrIsRevoked() {
		Instant expiry = NOW.plusSeconds(60);
		assertThat(ShareRules.open(expiry, null, NOW)).isTrue();
		assertThat(ShareRules.open(expiry, null, expiry)).isFalse();
		assertThat(ShareRules.open(expiry, NOW.minusSeconds(1), NOW)).isFalse();
	}

	@Test
	void tokensAreRandomUrlSafeAndStoredAsTheirHash() {
		ShareToken one = ShareToken.generate(new Random(1));
		ShareToken two = ShareToken.generate(new Random(2));
		assertThat(one.value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.value());
		assertThat(one.hash()).hasSize(32).isEqualTo(new ShareToken(one.value()).hash());
		assertThat(ShareToken.parse("short")).isEmpty();
		assertThat(one.toString()).doesNotContain(one.value());
	}

	@Test
	void viewersAreKeptVague() {
		assertThat(ShareViewer.truncatedAddress("203.0.113.77")).isEqualTo("203.0.113.0");
		assertThat(ShareViewer.truncatedAddress("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::");
		assertThat(ShareViewer.truncatedAddress("")).isNull();
		assertThat(ShareViewer.agentExcerpt("x".repeat(500))).hasSize(200);
		assertThat(ShareViewer.agentExcerpt("Mozilla\n5.0")).isEqualTo("Mozilla 5.0");
	}
}
