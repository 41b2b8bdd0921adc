package io.tajriba.reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.reports.internal.ExportJobs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exports through the API on two workspaces: A with detractor responses that open cases and texts that try to be
 * spreadsheet formulas, B with rows of its own that must never show in A's exports. Each kind is read by cursor in
 * NDJSON and CSV, rows added between reads come in the next one and only there, and background jobs run to done
 * through {@link ExportJobs#run} and are downloaded.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTests {

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ObjectMapper mapper;

	Tenant a;
	WebClient keyA;
	WebClient keyB;
	String surveyA;
	String surveyB;
	Instant now;

	@BeforeAll
	void twoWorkspaces() {
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		a = tenants.create("Exporter");
		keyA = WebClient.withKey(port, a.apiKey());
		Tenant b = tenants.create("Export neighbour");
		keyB = WebClient.withKey(port, b.apiKey());
		surveyA = shop(keyA, "A survey");
		surveyB = survey(keyB, "B survey");
		keyB.post("/api/v1/surveys/" + surveyB + "/responses", "application/x-ndjson",
				response("b-1", null, 3, "B's own words", null));
		keyB.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"b-event\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"" + now + "\"}\n");
	}

	@Test
	void responsesArePagedByCursorAndNewOnesComeInTheNextCallOnly() {
		Tenant own = tenants.create("Response exporter");
		WebClient keyA = WebClient.withKey(port, own.apiKey());
		String surveyA = shop(keyA, "A survey");
		String imported = keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("r1", "c1", 9, "Great staff", null) + response("r2", "c2", 2, FORMULA, "+cmd")
						+ response("r3", null, 10, null, null))
			.body();
		assertThat(imported).contains("\"accepted\":3");

		HttpResponse<String> first = keyA.get("/api/v1/exports/responses?limit=2");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
		List<JsonNode> page1 = lines(first.body());
		assertThat(page1).hasSize(2);
		String cursor1 = first.headers().firstValue("Export-Next-Cursor").orElseThrow();

		HttpResponse<String> second = keyA.get("/api/v1/exports/responses?limit=2&after=" + cursor1);
		List<JsonNode> page2 = lines(second.body());
		assertThat(page2).hasSize(1);
		String cursor2 = second.headers().firstValue("Export-Next-Cursor").orElseThrow();
		assertThat(cursor2).isNotEqualTo(cursor1);

		// nothing new: an empty body, and the same cursor to come back with
		HttpResponse<String> empty = keyA.get("/api/v1/exports/responses?after=" + cursor2);
		assertThat(empty.body()).isEmpty();
		assertThat(empty.headers().firstValue("Export-Next-Cursor")).contains(cursor2);

		List<String> seen = new ArrayList<>();
		page1.forEach(r -> seen.add(r.get("id").asString()));
		page2.forEach(r -> seen.add(r.get("id").asString()));
		assertThat(seen).doesNotHaveDuplicates().hasSize(3);

		Map<Integer, JsonNode> byScore = new HashMap<>();
		List<JsonNode> all = new ArrayList<>(page1);
		all.addAll(page2);
		all.forEach(r -> byScore.put(r.get("scores").get("nps").asInt(), r));
		assertThat(byScore).containsOnlyKeys(9, 2, 10);
		JsonNode detractor = byScore.get(2);
		assertThat(detractor.get("surveyName").asString()).isEqualTo("A survey");
		assertThat(detractor.get("customerExternalId").asString()).isEqualTo("c2");
		assertThat(detractor.get("answers").toString()).contains("HYPERLINK").contains("+cmd");
		assertThat(byScore.get(10).has("customer")).isFalse();

		// rows that arrive after the last page come from its cursor, and only they
		keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("r4", "c3", 8, null, null) + response("r5", "c4", 7, null, null));
		HttpResponse<String> later = keyA.get("/api/v1/exports/responses?after=" + cursor2);
		List<JsonNode> newRows = lines(later.body());
		assertThat(newRows).hasSize(2);
		assertThat(newRows).extracting(r -> r.get("scores").get("nps").asInt()).containsExactlyInAnyOrder(8, 7);
		assertThat(newRows).extracting(r -> r.get("id").asString()).doesNotContainAnyElementsOf(seen);

		// the case the detractor opened and the analysis of its texts join its row once they exist
		String detractorId = detractor.get("id").asString();
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode row = find(lines(keyA.get("/api/v1/exports/responses?limit=10000").body()), detractorId);
			return row.has("case") && row.has("textAnalysis") && row.get("textAnalysis").has("improve");
		});
		JsonNode row = find(lines(keyA.get("/api/v1/exports/responses").body()), detractorId);
		assertThat(row.get("case").get("status").asString()).isEqualTo("new");
		assertThat(row.get("case").get("number").asLong()).isPositive();
		assertThat(row.get("textAnalysis").get("improve").get("sentiment").asString())
			.isIn("negative", "neutral", "positive");

		// B's exports hold only B's response
		List<JsonNode> ofB = lines(keyB.get("/api/v1/exports/responses").body());
		assertThat(ofB).hasSize(1);
		assertThat(ofB.getFirst().get("surveyName").asString()).isEqualTo("B survey");
	}

	@Test
	void csvHasAByteOrderMarkAndDisarmsFormulas() throws Exception {
		keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("csv-1", "c5", 1, FORMULA, null));
		keyA.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"csv-event\",\"type\":\"call\",\"channel\":\"phone\",\"occurredAt\":\"" + now
						+ "\",\"text\":\"+cmd\"}\n");
		HttpResponse<byte[]> raw = bytes("/api/v1/exports/responses?format=csv&limit=10000");
		assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(raw.body()).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(raw.body(), StandardCharsets.UTF_8).substring(1);
		assertThat(csv).startsWith("response,survey,survey_name,started,completed,");
		// the cell is quoted (it holds quotes and commas) and starts with an apostrophe: shown, never run
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
		assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain("B's own words");

		HttpResponse<String> interactions = keyA.get("/api/v1/exports/interactions?format=csv&limit=10000");
		assertThat(interactions.body()).startsWith("\uFEFFinteraction,type,channel");
		assertThat(interactions.body()).contains(",'+cmd,").doesNotContain(",+cmd,").doesNotContain("b-event");
	}

	@Test
	void interactionsArePagedInTheOrderTheyWereReceived() {
		Tenant c = tenants.create("Interaction exporter");
		WebClient key = WebClient.withKey(port, c.apiKey());
		key.post("/api/v1/interactions", "application/x-ndjson", interactions("i-", 1, 5));
		HttpResponse<String> first = key.get("/api/v1/exports/interactions?limit=3");
		List<JsonNode> page1 = lines(first.body());
		assertThat(page1).extracting(r -> r.get("id").asString()).containsExactly("i-1", "i-2", "i-3");
		assertThat(page1.getFirst().get("channel").asString()).isEqualTo("web");
		assertThat(page1.getFirst().get("properties").get("n").asInt()).isEqualTo(1);
		String cursor = first.headers().firstValue("Export-Next-Cursor").orElseThrow();
		key.post("/api/v1/interactions", "application/x-ndjson", interactions("j-", 1, 2));
		HttpResponse<String> second = key.get("/api/v1/exports/interactions?after=" + cursor);
		assertThat(lines(second.body())).extracting(r -> r.get("id").asString())
			.containsExactly("i-4", "i-5", "j-1", "j-2");
		String end = second.headers().firstValue("Export-Next-Cursor").orElseThrow();
		assertThat(key.get("/api/v1/exports/interactions?after=" + end).body()).isEmpty();
		// CSV pages by the same cursor
		HttpResponse<String> csv = key.get("/api/v1/exports/interactions?format=csv&limit=2&after=" + cursor);
		assertThat(csv.body().split("\r\n")).hasSize(3);
		assertThat(csv.body()).contains("i-4,visit,web").contains("i-5,visit,web").doesNotContain("i-3");
		// a cursor of interactions means nothing to responses
		assertThat(key.get("/api/v1/exports/responses?after=" + cursor).statusCode()).isEqualTo(422);
	}

	@Test
	void casesArePagedByNumber() {
		Tenant own = tenants.create("Case exporter");
		WebClient keyA = WebClient.withKey(port, own.apiKey());
		String surveyA = shop(keyA, "Case survey");
		keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("case-1", "c6", 0, null, null) + response("case-2", "c7", 1, null, null));
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
			.until(() -> lines(keyA.get("/api/v1/exports/cases?limit=10000").body()).size() == 2);
		HttpResponse<String> first = keyA.get("/api/v1/exports/cases?limit=1");
		List<JsonNode> page1 = lines(first.body());
		assertThat(page1).hasSize(1);
		assertThat(page1.getFirst().get("number").asLong()).isEqualTo(1);
		assertThat(page1.getFirst().get("rule").asString()).isEqualTo("Detractor");
		assertThat(page1.getFirst().get("priority").asString()).isEqualTo("high");
		String cursor = first.headers().firstValue("Export-Next-Cursor").orElseThrow();
		HttpResponse<String> second = keyA.get("/api/v1/exports/cases?after=" + cursor);
		assertThat(lines(second.body())).extracting(r -> r.get("number").asLong()).containsExactly(2L);
		String last = second.headers().firstValue("Export-Next-Cursor").orElseThrow();

		keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("case-3", "c8", 0, null, null));
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
			.until(() -> !keyA.get("/api/v1/exports/cases?after=" + last).body().isEmpty());
		assertThat(lines(keyA.get("/api/v1/exports/cases?after=" + last).body()))
			.extracting(r -> r.get("number").asLong()).containsExactly(3L);
		HttpResponse<String> csv = keyA.get("/api/v1/exports/cases?format=csv");
		assertThat(csv.body()).startsWith("\uFEFFcase,number,title,status,priority,rule");
		assertThat(csv.body().split("\r\n")).hasSize(4);
		assertThat(keyB.get("/api/v1/exports/cases").body()).isEmpty();
		// the responses that opened them carry their case
		assertThat(lines(keyA.get("/api/v1/exports/responses").body())).allMatch(r -> r.has("case"));
	}

	@Test
	void badRequestsNameTheirField() {
		assertField(keyA.get("/api/v1/exports/responses?limit=0"), "limit");
		assertField(keyA.get("/api/v1/exports/responses?limit=10001"), "limit");
		assertField(keyA.get("/api/v1/exports/responses?limit=many"), "limit");
		assertField(keyA.get("/api/v1/exports/responses?after=not-a-cursor"), "after");
		assertField(keyA.get("/api/v1/exports/responses?format=xml"), "format");
		assertThat(keyA.get("/api/v1/exports/surveys").statusCode()).isEqualTo(404);
		assertField(keyA.postJson("/api/v1/exports/cases/jobs", "{\"format\":\"pdf\"}"), "format");
		assertField(keyA.postJson("/api/v1/exports/cases/jobs", "{\"format\":\"csv\",\"from\":\"yesterday\"}"),
				"from");
		assertField(keyA.postJson("/api/v1/exports/cases/jobs",
				"{\"format\":\"csv\",\"from\":\"2026-03-02\",\"to\":\"2026-03-01\"}"), "to");
		assertThat(keyA.postJson("/api/v1/exports/nothing/jobs", "{}").statusCode()).isEqualTo(404);
	}

	@Test
	void aBackgroundJobRunsToDoneAndItsWorkbookDownloads() throws Exception {
		keyA.post("/api/v1/surveys/" + surveyA + "/responses", "application/x-ndjson",
				response("xlsx-1", null, 4, FORMULA, null));
		HttpResponse<String> started = keyA.postJson("/api/v1/exports/responses/jobs", "{\"format\":\"xlsx\"}");
		assertThat(started.statusCode()).isEqualTo(202);
		JsonNode job = mapper.readTree(started.body());
		String id = job.get("id").asString();
		assertThat(job.get("status").asString()).isIn("queued", "running", "done");
		assertThat(job.has("download")).isEqualTo(job.get("status").asString().equals("done"));

		jobs.run(Instant.now());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> mapper.readTree(keyA.get("/api/v1/exports/jobs/" + id).body()).get("status").asString()
				.equals("done"));
		JsonNode done = mapper.readTree(keyA.get("/api/v1/exports/jobs/" + id).body());
		assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
		assertThat(done.get("rowsWritten").asLong()).isPositive().isEqualTo(done.get("totalEstimate").asLong());
		assertThat(done.get("download").asString()).isEqualTo("/api/v1/exports/jobs/" + id + "/download");

		HttpResponse<byte[]> file = bytes("/api/v1/exports/jobs/" + id + "/download");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
		assertThat(file.body()).startsWith('P', 'K', 3, 4);
		Map<String, String> entries = zip(file.body());
		assertThat(entries).containsKey("xl/worksheets/sheet1.xml");
		String sheet = entries.get("xl/worksheets/sheet1.xml").replace("&apos;", "'").replace("&quot;", "\"")
			.replace("&amp;", "&");
		assertThat(sheet).contains("'=HYPERLINK(").doesNotContain(">=HYPERLINK(").doesNotContain("B's own words");
		assertThat(sheet).contains("survey_name");

		// another workspace's job answers as if it did not exist
		assertThat(keyB.get("/api/v1/exports/jobs/" + id).statusCode()).isEqualTo(404);
		assertThat(keyB.get("/api/v1/exports/jobs/" + id + "/download").statusCode()).isEqualTo(404);
	}

	@Test
	void aCsvJobOfAPeriodHoldsOnlyThatPeriodAndFilesGoAfterSevenDays() throws Exception {
		Tenant c = tenants.create("Period exporter");
		WebClient key = WebClient.withKey(port, c.apiKey());
		key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"march","type":"visit","channel":"web","occurredAt":"2026-03-10T10:00:00Z"}
				{"id":"april","type":"visit","channel":"web","occurredAt":"2026-04-10T10:00:00Z"}
				""");
		String id = mapper.readTree(key.postJson("/api/v1/exports/interactions/jobs",
				"{\"format\":\"csv\",\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}").body()).get("id").asString();
		jobs.run(Instant.now());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> mapper.readTree(key.get("/api/v1/exports/jobs/" + id).body()).get("status").asString()
				.equals("done"));
		String csv = key.get("/api/v1/exports/jobs/" + id + "/download").body();
		assertThat(csv).startsWith("\uFEFFinteraction,").contains("march,visit").doesNotContain("april");
		assertThat(csv.split("\r\n")).hasSize(2);

		jobs.run(Instant.now().plus(Duration.ofDays(8)));
		assertThat(key.get("/api/v1/exports/jobs/" + id).statusCode()).isEqualTo(404);
		assertThat(key.get("/api/v1/exports/jobs/" + id + "/download").statusCode()).isEqualTo(404);
	}

	private void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(mapper.readTree(response.body()).get("field").asString()).isEqualTo(field);
	}

	/** Eight customers, a rule that opens a case for each detractor, and a published NPS survey: its id. */
	private String shop(WebClient key, String name) {
		StringBuilder customers = new StringBuilder();
		for (int i = 1; i <= 8; i++) {
			customers.append("{\"id\":\"c").append(i).append("\",\"email\":\"c").append(i).append("@example.com\"}\n");
		}
		assertThat(key.post("/api/v1/customers", "application/x-ndjson", customers.toString()).statusCode())
			.isLessThan(300);
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"high","assignment":{"to":"admins"}}""").statusCode()).isLessThan(300);
		return survey(key, name);
	}

	private String survey(WebClient key, String name) {
		String id = mapper.readTree(key.postJson("/api/v1/surveys?template=nps-relationship",
				"{\"name\":\"" + name + "\"}").body()).get("id").asString();
		key.postJson("/api/v1/surveys/" + id + "/publish", "");
		return id;
	}

	private String response(String id, String customer, int nps, String reason, String improve) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("nps", nps);
		if (reason != null) {
			answers.put("reason", reason);
		}
		if (improve != null) {
			answers.put("improve", improve);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		if (customer != null) {
			row.put("customer", customer);
		}
		row.put("submittedAt", now.toString());
		row.put("answers", answers);
		return mapper.writeValueAsString(row) + "\n";
	}

	private String interactions(String prefix, int first, int last) {
		StringBuilder rows = new StringBuilder();
		for (int i = first; i <= last; i++) {
			rows.append("{\"id\":\"").append(prefix).append(i).append("\",\"type\":\"visit\",\"channel\":\"web\",")
				.append("\"occurredAt\":\"2026-03-01T10:00:00Z\",\"properties\":{\"n\":").append(i).append("}}\n");
		}
		return rows.toString();
	}

	private List<JsonNode> lines(String body) {
		List<JsonNode> rows = new ArrayList<>();
		for (String line : body.split("\n")) {
			if (!line.isEmpty()) {
				JsonNode node = mapper.readTree(line);
				assertThat(node.isObject()).as(line).isTrue();
				rows.add(node);
			}
		}
		return rows;
	}

	private static JsonNode find(List<JsonNode> rows, String id) {
		return rows.stream().filter(r -> r.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

	private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + a.apiKey()).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Map<String, String> zip(byte[] bytes) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
		try {
			java.nio.file.Files.write(file, bytes);
			Map<String, String> entries = new HashMap<>();
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				for (ZipEntry e : java.util.Collections.list(zip.entries())) {
					entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return entries;
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

	@SuppressWarnings("unused")
	private static Set<String> ids(List<JsonNode> rows) {
		Set<String> ids = new HashSet<>();
		rows.forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}
}
