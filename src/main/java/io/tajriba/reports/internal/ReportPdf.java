package io.tajriba.reports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prints an HTML page to PDF with headless Chromium (which shapes Persian and Arabic with the font's own OpenType
 * tables): the page goes to a temporary file, Chromium prints it within 60 seconds or is killed. Without a
 * Chromium binary there is no PDF.
 */
@Component
class ReportPdf {

	private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);
	static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");
	static final long TIMEOUT_SECONDS = 60;

	private final String configured;

	ReportPdf(@Value("${tajriba.reports.chromium:}") String configured) {
		this.configured = configured;
	}

	/** The Chromium binary to use: the configured one, else the first of the usual paths that exists. */
	Optional<Path> chromium() {
		if (!configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
	}

	/** The page printed, or empty when there is no Chromium; throws when printing fails. */
	Optional<byte[]> print(String html) {
		Optional<Path> binary = chromium();
		if (binary.isEmpty()) {
			return Optional.empty();
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("tajriba-report");
			Path in = dir.resolve("report.html");
			Path out = dir.resolve("report.pdf");
			Files.writeString(in, html, StandardCharsets.UTF_8);
			Process process = new ProcessBuilder(binary.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"),
					"--print-to-pdf=" + out, in.toUri().toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException("Chromium did not print the report within " + TIMEOUT_SECONDS + " s");
			}
			if (!Files.exists(out) || Files.size(out) == 0) {
				throw new IllegalStateException("Chromium printed no PDF (exit " + process.exitValue() + ")");
			}
			return Optional.of(Files.readAllBytes(out));
		}
		catch (IOException e) {
			throw new IllegalStateException("Chromium could not print the report: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while printing the report", e);
		}
		finally {
			delete(dir);
		}
	}

	private static void delete(java.nio.file.@org.jspecify.annotations.Nullable Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			log.debug("Could not delete {}: {}", dir, e.getMessage());
		}
	}
}
