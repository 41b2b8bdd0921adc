package io.tajriba.workspaces.domain;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeySecretTests {

	@Test
	void generatedKeysHaveThePrefixAndAreDistinct() {
		Random seeded = new Random(42);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String key = ApiKeySecret.generate(seeded).value();
			assertThat(key).startsWith("tjr_").hasSize(36).matches("tjr_[0-9A-Za-z]{32}");
			seen.add(key);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void theHashIsSha256AndStable() {
		var key = new ApiKeySecret("tjr_abc");
		assertThat(key.hash()).hasSize(32).isEqualTo(new ApiKeySecret("tjr_abc").hash());
		assertThat(key.hash()).isNotEqualTo(new ApiKeySecret("tjr_abd").hash());
		// SHA-256("abc") as published in FIPS 180-2, to prove the algorithm
		assertThat(java.util.HexFormat.of().formatHex(new ApiKeySecret("abc").hash()))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void theDisplayPrefixRevealsTooLittleToUseTheKey() {
		var key = new ApiKeySecret("tjr_0123456789abcdefghijklmnopqrstuv");
		assertThat(key.displayPrefix()).isEqualTo("tjr_012345");
		assertThat(key.toString()).doesNotContain("6789");
	}

	@Test
	void chosenKeysMustBeLongAndPrintable() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeySecret.chosen("short"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeySecret.chosen("has a space in the middle of it"));
		assertThat(ApiKeySecret.chosen("tjr_demo_key_0123456789abcdef").value()).isEqualTo("tjr_demo_key_0123456789abcdef");
	}
}
