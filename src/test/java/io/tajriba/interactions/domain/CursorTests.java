package io.tajriba.interactions.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CursorTests {

	@Test
	void aCursorSurvivesTheRoundTripThroughItsToken() {
		Cursor cursor = new Cursor(Instant.parse("2026-03-01T10:00:00.123456Z"), "order|42 ü");
		String token = cursor.encode();
		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(Cursor.decode(token)).contains(cursor);
	}

	@Test
	void tokensNotMadeByTheCursorAreIgnored() {
		assertThat(Cursor.decode(null)).isEmpty();
		assertThat(Cursor.decode(" ")).isEmpty();
		assertThat(Cursor.decode("not base64 at all!")).isEmpty();
		assertThat(Cursor.decode("aGVsbG8")).isEmpty();
		assertThat(Cursor.decode(new Cursor(Instant.EPOCH, "x").encode().substring(3))).isEmpty();
	}
}
