package io.tajriba.reports.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Printing with headless Chromium, and without it. */
class ReportPdfTests {

	@Test
	void withoutChromiumThereIsNoPdf() {
		ReportPdf pdf = new ReportPdf("/nowhere/chromium");
		assertThat(pdf.chromium()).isEmpty();
		assertThat(pdf.print("<html><body>x</body></html>")).isEmpty();
	}

	@Test
	void chromiumPrintsThePage() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is not installed");
		ReportPdf pdf = new ReportPdf("");
		assertThat(pdf.chromium()).isPresent();
		byte[] printed = pdf.print("<html lang=\"fa\" dir=\"rtl\"><body><h1>گزارش</h1></body></html>").orElseThrow();
		assertThat(new String(printed, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}
}
