package io.tajriba.demo.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes the demo company as NDJSON files for benchmarks and bulk imports: {@code customers.ndjson},
 * {@code interactions-00000.ndjson}, ... with 5,000 rows each, and the survey answers as
 * {@code responses-post-support-ces.ndjson} and so on, one file a survey. Usage: OUT_DIR [CUSTOMERS] [SEED].
 */
public final class GenerateDemoData {

	static final int ROWS_PER_FILE = 5_000;

	private GenerateDemoData() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: generate-demo OUT_DIR [CUSTOMERS] [SEED]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int customers = args.length > 1 ? Integer.parseInt(args[1]) : DemoSizes.DEFAULT_CUSTOMERS;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : DemoSizes.DEFAULT_SEED;
		DemoSizes sizes = new DemoSizes(customers, DemoSizes.DEFAULT_DAYS, seed,
				Instant.now().truncatedTo(ChronoUnit.DAYS));
		long interactions = write(new DemoCompany(sizes), out);
		System.out.printf("%,d customers and %,d interactions written to %s%n", customers, interactions, out);
	}

	static long write(DemoCompany company, Path out) throws IOException {
		Files.createDirectories(out);
		long written = 0;
		BufferedWriter file = null;
		java.util.Map<String, BufferedWriter> answers = new java.util.LinkedHashMap<>();
		try (BufferedWriter people = Files.newBufferedWriter(out.resolve("customers.ndjson"), StandardCharsets.UTF_8)) {
			for (String survey : java.util.List.of(Feedback.SUPPORT, Feedback.PURCHASE, Feedback.RELATIONSHIP)) {
				answers.put(survey, Files.newBufferedWriter(out.resolve("responses-" + survey + ".ndjson"),
						StandardCharsets.UTF_8));
			}
			for (DemoCustomer customer : company) {
				for (Feedback.Response response : customer.responses()) {
					answers.get(response.survey()).write(response.json());
					answers.get(response.survey()).newLine();
				}
				for (String row : customer.customerRows()) {
					people.write(row);
					people.newLine();
				}
				for (String row : customer.interactionRows()) {
					if (written % ROWS_PER_FILE == 0) {
						if (file != null) {
							file.close();
						}
						file = Files.newBufferedWriter(
								out.resolve("interactions-%05d.ndjson".formatted(written / ROWS_PER_FILE)),
								StandardCharsets.UTF_8);
					}
					file.write(row);
					file.newLine();
					written++;
				}
			}
		}
		finally {
			if (file != null) {
				file.close();
			}
			for (BufferedWriter writer : answers.values()) {
				writer.close();
			}
		}
		return written;
	}
}
