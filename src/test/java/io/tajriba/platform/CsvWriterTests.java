package io.tajriba.platform;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void formulasAreDisarmedAndQuotesKeptAndPersianIntact() {
		StringWriter out = new StringWriter();
		new CsvWriter(out).bom().row(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "خیلی خوب، \"عالی\"",
				null, "line\nbreak", "3-4"));
		assertThat(out.toString()).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),"
				+ "\"خیلی خوب، \"\"عالی\"\"\",,\"line\nbreak\",3-4\r\n");
		assertThat(CsvWriter.neutralised("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvWriter.neutralised("")).isEmpty();
	}
}
