package io.tajriba.reports.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCursorTests {

	@Test
	void aNumberCursorReadsBackAsItselfAndIsOpaqueBase64Url() {
		ExportCursor cursor = ExportCursor.number(ExportKind.RESPONSES, 123_456_789L);
		String text = cursor.encode();
		assertThat(text).matches("[A-Za-z0-9_-]+");
		assertThat(ExportCursor.decode(ExportKind.RESPONSES, text)).contains(cursor);
	}

	@Test
	void aReceivedCursorKeepsMicrosecondsAndEventIdsWithBars() {
		ExportCursor cursor = ExportCursor.received(Instant.parse("2026-03-01T10:00:00.123456Z"), "ev|1:2/3");
		assertThat(ExportCursor.decode(ExportKind.INTERACTIONS, cursor.encode())).contains(cursor);
		ExportCursor before1970 = ExportCursor.received(Instant.parse("1969-12-31T23:59:59.5Z"), "old");
		assertThat(ExportCursor.decode(ExportKind.INTERACTIONS, before1970.encode())).contains(before1970);
	}

	@Test
	void aCursorOfAnotherKindOrNoCursorIsRefused() {
		String cases = ExportCursor.number(ExportKind.CASES, 4).encode();
		assertThat(ExportCursor.decode(ExportKind.RESPONSES, cases)).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.INTERACTIONS, cases)).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.CASES, "not base64!")).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.CASES, encoded("cases|x"))).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.CASES, encoded("cases|-1"))).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.CASES, encoded("cases|1|2"))).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.INTERACTIONS, encoded("interactions|12"))).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.INTERACTIONS, encoded("interactions|12|"))).isEmpty();
		assertThat(ExportCursor.decode(ExportKind.CASES, "")).isEmpty();
	}

	@Test
	void progressIsRowsOfTheEstimateBelowOneUntilDone() {
		assertThat(ExportProgress.of("running", 50, 200L)).isEqualTo(0.25);
		assertThat(ExportProgress.of("running", 300, 200L)).isEqualTo(0.99);
		assertThat(ExportProgress.of("queued", 0, null)).isZero();
		assertThat(ExportProgress.of("running", 10, 0L)).isZero();
		assertThat(ExportProgress.of("done", 0, 0L)).isEqualTo(1);
	}

	private static String encoded(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}
}
