package io.tajriba.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dead letter keeps of an error: its kind and message, the field at fault, short, no stack trace. */
class DeadLetterMessageTests {

	@Test
	void theKindAndMessageWithoutATrace() {
		var error = new IllegalStateException("mail server said no", new RuntimeException("root"));
		assertThat(DeadLetters.message(error)).isEqualTo("IllegalStateException: mail server said no");
		assertThat(DeadLetters.message(new NullPointerException())).isEqualTo("NullPointerException");
	}

	@Test
	void aFieldAtFaultIsNamed() {
		assertThat(DeadLetters.message(new InvalidFieldException("themes[0].keywords.en[0]", "is required")))
			.isEqualTo("InvalidFieldException: themes[0].keywords.en[0] is required");
	}

	@Test
	void aLongMessageIsCut() {
		String message = DeadLetters.message(new IllegalArgumentException("x".repeat(2000)));
		assertThat(message).hasSize(DeadLetters.LONGEST_ERROR).endsWith("…");
	}
}
