package io.tajriba.workspaces.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordPolicyTests {

	@Test
	void acceptsLongPassphrases() {
		assertThat(PasswordPolicy.problem("correct horse battery", "a@b.io")).isEmpty();
		assertThat(PasswordPolicy.problem("گذرواژهٔ بلند فارسی", "a@b.io")).isEmpty();
	}

	@Test
	void rejectsShortRepetitiveOrEmailPasswords() {
		assertThat(PasswordPolicy.problem("Sh0rt!", "a@b.io")).hasValueSatisfying(p -> assertThat(p).contains("12"));
		assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", "a@b.io")).isPresent();
		assertThat(PasswordPolicy.problem("x" + "anne@example.com", "Anne@Example.com")).isPresent();
		assertThat(PasswordPolicy.problem(null, "a@b.io")).isPresent();
		assertThat(PasswordPolicy.problem("y".repeat(100) + "abcdefghijklmnopqrstuvwxyz".repeat(10), "a@b.io"))
			.isPresent();
	}

	@Test
	void emailAddressesAreNormalisedOrRejected() {
		assertThat(new EmailAddress("  Anne@Example.COM ").value()).isEqualTo("anne@example.com");
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("not-an-address"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("a@b"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(null));
	}
}
