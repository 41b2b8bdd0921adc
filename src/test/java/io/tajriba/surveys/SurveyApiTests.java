package io.tajriba.surveys;

import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.BatchReader;
import io.tajriba.surveys.internal.ResponseImport;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
@RecordApplicationEvents
class SurveyApiTests {

	static final String PARTLY_TRANSLATED = """
			{"name":"Quick pulse","definition":{"title":{"en":"Quick","fa":"سریع"},"languages":["en","fa"],
			 "questions":[{"key":"q1","type":"csat","text":{"en":"Happy?"}}]}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ResponseImport responses;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Surveys");
		key = WebClient.withKey(port, tenant.apiKey());
	}

	static String id(String body) {
		var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	String publishedNps() {
		var created = key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"NPS 2026\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = id(created.body());
		assertThat(key.postJson("/api/v1/surveys/" + id + "/publish", "").body()).contains("\"status\":\"published\"");
		return id;
	}

	@Test
	void aTemplateInFourLanguagesIsPublishedExportedAndImportedAgain() {
		String id = publishedNps();
		String exported = key.get("/api/v1/surveys/" + id + "/definition").body();
		assertThat(exported).contains("\"languages\":[\"en\",\"fa\",\"ar\",\"he\"]", "چقدر احتمال دارد",
				"\"showIf\":{\"question\":\"nps\",\"min\":0,\"max\":6}");
		var copy = key.postJson("/api/v1/surveys", "{\"name\":\"Copy\",\"definition\":" + exported + "}");
		assertThat(copy.statusCode()).isEqualTo(201);
		assertThat(key.get("/api/v1/surveys/" + id(copy.body()) + "/definition").body()).isEqualTo(exported);
		assertThat(key.get("/api/v1/surveys/templates").body()).contains("post-support-ces");
	}

	@Test
	void aSurveyMissingATranslationIsNotPublishedAndBadDefinitionsNameTheirField() {
		String id = id(key.postJson("/api/v1/surveys", PARTLY_TRANSLATED).body());
		var refused = key.postJson("/api/v1/surveys/" + id + "/publish", "");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"thanks\"", "has no text in en, fa");

		var badType = key.postJson("/api/v1/surveys", """
				{"name":"x","definition":{"languages":["en"],"questions":[{"key":"q","type":"stars"}]}}""");
		assertThat(badType.statusCode()).isEqualTo(422);
		assertThat(badType.body()).contains("\"field\":\"questions.q.type\"");
		var noName = key.postJson("/api/v1/surveys?template=post-support-ces", "{\"name\":\"" + "n".repeat(201) + "\"}");
		assertThat(noName.body()).contains("\"field\":\"name\"");
		var unknownTemplate = key.postJson("/api/v1/surveys?template=nope", "{}");
		assertThat(unknownTemplate.body()).contains("\"field\":\"template\"");
	}

	@Test
	void offlineResponsesAreCheckedStoredOnceAndTiedToWhatTheyAreAbout() {
		String survey = publishedNps();
		String rows = """
				{"id":"r1","customer":"c-9","interaction":"call-77","channel":"call_center","touchpoint":"IVR billing","agent":"Sara","submittedAt":"2026-03-01T10:00:00Z","locale":"fa-IR","answers":{"nps":3,"improve":"صف طولانی","feeling":["frustrated"]}}
				{"id":"r2","answers":{"nps":11}}
				{"id":"r3","answers":{"reason":"no score"}}
				{"id":"r4","answers":{"nps":9,"colour":"blue"}}
				{"id":"r5","locale":"he","answers":{"nps":10,"feeling":"delighted"}}
				""";
		var report = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("\"accepted\":2", "\"duplicates\":0")
			.contains("{\"line\":2,\"field\":\"answers.nps\",\"message\":\"must be a whole number from 0 to 10\"}")
			.contains("{\"line\":3,\"field\":\"answers.nps\",\"message\":\"is required\"}")
			.contains("{\"line\":4,\"field\":\"answers.colour\"");
		// the same path called in this thread, where the recorded events are visible
		responses.ingest(tenant.workspace().id(), java.util.UUID.fromString(survey), java.util.List.of(
				BatchReader.parse(1, """
						{"id":"r9","customer":"c-9","interaction":"call-78","touchpoint":"IVR billing","agent":"Sara","locale":"fa","answers":{"nps":2}}""",
						mapper)));
		assertThat(events.stream(ResponseSubmitted.class)).singleElement().satisfies(e -> {
			assertThat(e.agent()).isEqualTo("Sara");
			assertThat(e.language()).isEqualTo("fa");
			assertThat(e.interactionId()).isEqualTo("call-78");
			assertThat(e.touchpoint()).isEqualTo("IVR billing");
			assertThat(e.customerId()).isNotNull();
		});

		var again = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows);
		assertThat(again.body()).contains("\"accepted\":0", "\"duplicates\":2");
		String stored = key.get("/api/v1/surveys/" + survey + "/responses").body();
		assertThat(stored).contains("\"nps\": 3", "\"improve\": \"صف طولانی\"", "\"feeling\": [\"frustrated\"]")
			.contains("\"touchpoint\":\"IVR billing\"", "\"language\":\"he\"", "\"feeling\": [\"delighted\"]");

		String rejected = key.get("/api/v1/rejected-rows?source=survey-responses").body();
		// the stored row of r2: the entry that starts before its raw text
		String rowId = id(rejected.substring(rejected.lastIndexOf("{\"id\"", rejected.indexOf("\\\"r2\\\""))));
		var replay = key.postJson("/api/v1/rejected-rows/" + rowId + "/replay",
				"{\"id\":\"r2\",\"survey\":\"" + survey + "\",\"answers\":{\"nps\":10}}");
		assertThat(replay.statusCode()).isEqualTo(204);
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses").body()).contains("\"externalId\":\"r2\"");
	}

	@Test
	void draftsTakeNoResponsesAndPublishedSurveysDoNotChange() {
		String draft = id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		var early = key.post("/api/v1/surveys/" + draft + "/responses", "application/json", "[{\"answers\":{}}]");
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("\"field\":\"status\"");

		String published = publishedNps();
		String definition = key.get("/api/v1/surveys/" + published + "/definition").body();
		var change = key.send("/api/v1/surveys/" + published, HttpRequest.newBuilder()
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"n\",\"definition\":" + definition + "}")));
		assertThat(change.statusCode()).isEqualTo(422);
		assertThat(key.postJson("/api/v1/surveys/" + published + "/close", "").body()).contains("\"status\":\"closed\"");
	}

	@Test
	void anotherWorkspaceSeesNoneOfItAndViewersCannotWrite() {
		String survey = publishedNps();
		WebClient other = WebClient.withKey(port, tenants.create("Other surveys").apiKey());
		assertThat(other.get("/api/v1/surveys/" + survey).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/surveys/" + survey + "/responses").statusCode()).isEqualTo(404);
		assertThat(other.post("/api/v1/surveys/" + survey + "/responses", "application/json",
				"[{\"answers\":{\"nps\":1}}]").statusCode()).isEqualTo(404);
		assertThat(other.postJson("/api/v1/surveys/" + survey + "/close", "").statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/surveys").body()).doesNotContain(survey);

		var viewer = administration.replaceKey(tenant.workspace().id(), "viewer", Role.VIEWER, Optional.empty());
		WebClient readOnly = WebClient.withKey(port, viewer.secret());
		assertThat(readOnly.get("/api/v1/surveys/" + survey).statusCode()).isEqualTo(200);
		assertThat(readOnly.postJson("/api/v1/surveys?template=nps-relationship", "{}").statusCode()).isEqualTo(403);
		assertThat(readOnly.post("/api/v1/surveys/" + survey + "/responses", "application/json", "[]").statusCode())
			.isEqualTo(403);
	}

	@Test
	void responsesAreExportedForSpreadsheetsWithFormulasDisarmed() throws Exception {
		String survey = publishedNps();
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", """
				{"id":"x1","customer":"c-x","agent":"Sara","answers":{"nps":2,"reason":"=HYPERLINK(\\"http://evil\\")","feeling":["angry","frustrated"]}}
				{"id":"x2","answers":{"nps":10,"reason":"خیلی خوب بود، ممنون"}}
				""");
		var http = java.net.http.HttpClient.newHttpClient();
		var csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/v1/surveys/" + survey + "/responses/export?format=csv")).header("Authorization", "Bearer "
				+ tenant.apiKey()).build(), java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("\uFEFFresponse,status,started,completed,language,source,customer")
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "خیلی خوب بود، ممنون", "angry; frustrated", ",c-x,", ",Sara,");

		var xlsx = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/v1/surveys/" + survey + "/responses/export?format=xlsx")).header("Authorization", "Bearer "
				+ tenant.apiKey()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		var file = java.nio.file.Files.createTempFile("responses", ".xlsx");
		java.nio.file.Files.write(file, xlsx.body());
		String sheet;
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			var entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst().orElseThrow();
			sheet = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		// the XML may spell characters as numeric references: read them back
		String text = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(sheet).replaceAll(m ->
				java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2),
						m.group(1).isEmpty() ? 10 : 16))));
		assertThat(text).contains("خیلی خوب بود، ممنون", "=HYPERLINK").doesNotContain("<f>");

		assertThat(key.get("/api/v1/surveys/" + survey + "/responses/export?format=pdf").statusCode()).isEqualTo(422);
		WebClient other = WebClient.withKey(port, tenants.create("Other export").apiKey());
		assertThat(other.get("/api/v1/surveys/" + survey + "/responses/export").statusCode()).isEqualTo(404);
	}
}
