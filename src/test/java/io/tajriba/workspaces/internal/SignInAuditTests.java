package io.tajriba.workspaces.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed sign-in keeps of what was typed as the e-mail: an address, never a password typed there. */
class SignInAuditTests {

	@Test
	void onlyTheShapeOfAnEmailAddressIsKept() {
		assertThat(SignInAudit.shaped(" Ana@Example.com ")).isEqualTo("ana@example.com");
		assertThat(SignInAudit.shaped("correct horse battery")).isEqualTo("(not an e-mail address)");
		assertThat(SignInAudit.shaped("x".repeat(300) + "@example.com")).isEqualTo("(not an e-mail address)");
	}
}
