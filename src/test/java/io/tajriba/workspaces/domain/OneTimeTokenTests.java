package io.tajriba.workspaces.domain;

import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OneTimeTokenTests {

	@Test
	void aTokenIsUrlSafeUniqueAndStoredAsItsSha256() {
		SplittableRandom random = new SplittableRandom(7);
		OneTimeToken a = OneTimeToken.generate(random);
		OneTimeToken b = OneTimeToken.generate(random);
		assertThat(a.value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b.value());
		assertThat(a.hash()).hasSize(32).isNotEqualTo(b.hash());
		assertThat(a.toString()).doesNotContain(a.value());
		// SHA-256 of the 43 characters, as computed by sha256sum
		assertThat(HexFormat.of().formatHex(new OneTimeToken("A".repeat(43)).hash()))
			.isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
	}

	@Test
	void anythingButATokensShapeIsNoToken() {
		assertThat(OneTimeToken.parse("short")).isEmpty();
		assertThat(OneTimeToken.parse("A".repeat(42) + "/")).isEmpty();
		assertThat(OneTimeToken.parse(null)).isEmpty();
		assertThat(OneTimeToken.parse("A".repeat(43))).isPresent();
		assertThatIllegalArgumentException().isThrownBy(() -> new OneTimeToken("../../etc/passwd"));
	}
}
