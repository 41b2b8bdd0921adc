package io.tajriba.imports.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file several times larger than the heap goes through the reader: run in a JVM of 32 MB of heap, reading a
 * file of 128 MB works only if no more than a batch is held at a time.
 */
class RowStreamMemoryTests {

	@ParameterizedTest
	@CsvSource({ "ndjson, 128", "csv, 128" })
	void aFileFourTimesTheHeapStreamsThroughInBatches(String format, int megabytes)
			throws IOException, InterruptedException {
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(javaBin, "-Xmx32m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), StreamLargeFile.class.getName(), format,
				String.valueOf(megabytes))
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		var counts = Pattern.compile("rows=(\\d+) bad=(\\d+) bytes=(\\d+)").matcher(output);
		assertThat(counts.find()).as(output).isTrue();
		assertThat(Long.parseLong(counts.group(1))).isGreaterThan(500_000);
		assertThat(counts.group(2)).isEqualTo("0");
		assertThat(Long.parseLong(counts.group(3))).isGreaterThanOrEqualTo((long) megabytes << 20);
	}
}
