package io.tajriba.text;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.internal.TextQueue;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysts correct the reading: the correction counts at once wherever the text counts (the themes summary, the
 * sentiment shares of the texts page, the facade other modules read), survives a new analysis of the same text,
 * is named when a label is bad, refused to viewers, and another workspace's text is not found.
 */
@TajribaTest
class TextCorrectionTests {

	static final String LATE = "The delivery was late and the driver was rude";
	static final String THANKS = "Thank you, the staff were wonderful!";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	void analyse(Tenant tenant, String sourceId, String body) {
		var workspaceId = tenant.workspace().id();
		text.enqueue(workspaceId, "interaction", sourceId, "", body);
		for (int i = 0; i < 100 && !body.equals(stored(tenant, sourceId)); i++) {
			queue.drain(Duration.ofSeconds(5));
		}
	}

	/** The text stored for a source, once analysed. */
	String stored(Tenant tenant, String sourceId) {
		for (JsonNode row : json(WebClient.withKey(port, tenant.apiKey()).get("/api/v1/text/results?limit=1000"))) {
			if (row.get("sourceId").asString().equals(sourceId)) {
				return row.get("text").asString();
			}
		}
		return "";
	}

	String id(WebClient key, String sourceId) {
		for (JsonNode row : json(key.get("/api/v1/text/results?limit=1000"))) {
			if (row.get("sourceId").asString().equals(sourceId)) {
				return row.get("id").asString();
			}
		}
		throw new AssertionError("not analysed: " + sourceId);
	}

	static HttpResponse<String> put(WebClient client, String path, String json) {
		return client.send(path, HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	static JsonNode theme(JsonNode summary, String key) {
		for (JsonNode row : summary) {
			if (row.get("theme").asString().equals(key)) {
				return row;
			}
		}
		return null;
	}

	@Test
	void aCorrectionCountsAtOnceWhereverTheTextCountsAndCanBeTakenBack() {
		Tenant tenant = tenants.create("Corrections");
		var key = WebClient.withKey(port, tenant.apiKey());
		analyse(tenant, "late", LATE);
		analyse(tenant, "thanks", THANKS);
		String id = id(key, "late");
		var before = json(key.get("/api/v1/text/themes/summary"));
		assertThat(theme(before, "delivery").get("negative").asInt()).isEqualTo(1);
		assertThat(theme(before, "price")).isNull();
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.get("/text?lang=en").body()).contains("1 of 2 · 95%").doesNotContain("2 of 2");

		var corrected = json(put(key, "/api/v1/text/analyses/" + id + "/correction",
				"{\"sentiment\":\"positive\",\"emotions\":[\"joy\"],\"themes\":[\"price\",\"delivery\"]}"));
		assertThat(corrected.get("corrected").asBoolean()).isTrue();
		assertThat(corrected.get("analysis").get("sentiment").asString()).isEqualTo("positive");

		var after = json(key.get("/api/v1/text/themes/summary"));
		assertThat(theme(after, "price").get("texts").asInt()).isEqualTo(1);
		assertThat(theme(after, "delivery").get("positive").asInt()).isEqualTo(1);
		assertThat(theme(after, "delivery").get("negative").asInt()).isZero();
		assertThat(text.result(tenant.workspace().id(), "interaction", "late", "").orElseThrow())
			.satisfies(a -> {
				assertThat(a.sentiment()).isEqualTo("positive");
				assertThat(a.themes()).containsExactly("delivery", "price");
				assertThat(a.emotions()).containsOnlyKeys("joy");
			});
		var page = owner.get("/text?lang=en").body();
		assertThat(page).contains("2 of 2 · 95%", "corrected", "/text/analyses/" + id);
		assertThat(owner.get("/text/themes?lang=en").body()).contains("data-theme=\"price\"");

		// the model read it negative: the reading was wrong on the one corrected text
		var accuracy = json(key.get("/api/v1/text/accuracy"));
		assertThat(accuracy.get("reading").get("n").asInt()).isEqualTo(1);
		assertThat(accuracy.get("reading").get("correct").asInt()).isZero();
		assertThat(accuracy.get("languages").get(0).get("language").asString()).isEqualTo("en");
		var adapted = accuracy.get("languages").get(0).get("adapted");
		assertThat(adapted == null || adapted.isNull()).as("no adapted model, no figure for it").isTrue();

		// analysed again (a new model), the same text keeps its correction; the model's reading is renewed
		analyseAgain(tenant, "late", LATE);
		assertThat(text.result(tenant.workspace().id(), "interaction", "late", "").orElseThrow().sentiment())
			.isEqualTo("positive");

		var restored = json(key.delete("/api/v1/text/analyses/" + id + "/correction"));
		assertThat(restored.get("corrected").asBoolean()).isFalse();
		assertThat(restored.get("analysis").get("sentiment").asString()).isEqualTo("negative");
		assertThat(theme(json(key.get("/api/v1/text/themes/summary")), "price")).isNull();
		assertThat(json(key.get("/api/v1/text/accuracy")).get("reading").get("n").asInt()).isZero();
	}

	/** Analysed again as when the models change: queued once more, unchanged. */
	void analyseAgain(Tenant tenant, String sourceId, String body) {
		text.enqueue(tenant.workspace().id(), "interaction", sourceId, "", body);
		for (int i = 0; i < 100 && queue.queued(tenant.workspace().id()) > 0; i++) {
			queue.drain(Duration.ofSeconds(5));
		}
	}

	@Test
	void anotherTextInTheSamePlaceDropsTheCorrection() {
		Tenant tenant = tenants.create("Corrections replaced");
		var key = WebClient.withKey(port, tenant.apiKey());
		analyse(tenant, "edited", LATE);
		String id = id(key, "edited");
		json(put(key, "/api/v1/text/analyses/" + id + "/correction", "{\"sentiment\":\"neutral\"}"));
		analyse(tenant, "edited", THANKS);
		var row = json(key.get("/api/v1/text/results")).get(0);
		assertThat(row.get("corrected").asBoolean()).isFalse();
		assertThat(row.get("analysis").get("sentiment").asString()).isEqualTo("positive");
		assertThat(json(key.get("/api/v1/text/accuracy")).get("reading").get("n").asInt()).isZero();
	}

	@Test
	void badLabelsAreNamedViewersAreRefusedAndAnotherWorkspacesTextIsNotFound() {
		Tenant tenant = tenants.create("Corrections refused");
		var key = WebClient.withKey(port, tenant.apiKey());
		analyse(tenant, "late", LATE);
		String path = "/api/v1/text/analyses/" + id(key, "late") + "/correction";
		for (var bad : new String[][] { { "{\"sentiment\":\"angry\"}", "sentiment" }, { "{}", "sentiment" },
			{ "{\"sentiment\":\"negative\",\"emotions\":[\"anger\",\"rage\"]}", "emotions[1]" },
			{ "{\"sentiment\":\"negative\",\"themes\":[\"parking\"]}", "themes[0]" },
			{ "{\"sentiment\":\"negative\",\"themes\":\"delivery\"}", "themes" } }) {
			var response = put(key, path, bad[0]);
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(422);
			assertThat(response.body()).contains("\"field\":\"" + bad[1] + "\"");
		}
		var badLanguage = key.get("/api/v1/text/to-check?language=de");
		assertThat(badLanguage.statusCode()).isEqualTo(422);
		assertThat(badLanguage.body()).contains("\"field\":\"language\"");

		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "A viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		var viewer = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(put(viewer, path, "{\"sentiment\":\"negative\"}").statusCode()).isEqualTo(403);
		assertThat(viewer.get("/text/check").statusCode()).isEqualTo(403);
		assertThat(viewer.get("/api/v1/text/accuracy").statusCode()).isEqualTo(200);
		assertThat(viewer.get("/text?lang=en").body()).doesNotContain("/text/analyses/", "/text/check");

		var stranger = WebClient.withKey(port, tenants.create("Corrections stranger").apiKey());
		assertThat(put(stranger, path, "{\"sentiment\":\"positive\"}").statusCode()).isEqualTo(404);
		assertThat(stranger.delete(path).statusCode()).isEqualTo(404);
		assertThat(put(key, "/api/v1/text/analyses/not-an-id/correction", "{\"sentiment\":\"positive\"}").statusCode())
			.isEqualTo(404);
		assertThat(text.result(tenant.workspace().id(), "interaction", "late", "").orElseThrow().sentiment())
			.isEqualTo("negative");
	}

	@Test
	void theTextsToCheckAreTheUncorrectedOnesInTheReadersLanguageLeastSureFirst() {
		Tenant tenant = tenants.create("To check");
		var key = WebClient.withKey(port, tenant.apiKey());
		analyse(tenant, "late", LATE);
		analyse(tenant, "thanks", THANKS);
		analyse(tenant, "so-so", "The delivery was ok I guess");
		analyse(tenant, "ar", "التوصيل تأخر كثيرا");
		var toCheck = json(key.get("/api/v1/text/to-check"));
		assertThat(toCheck).hasSize(3);
		double[] margins = new double[3];
		for (int i = 0; i < 3; i++) {
			var a = toCheck.get(i).get("analysis");
			margins[i] = io.tajriba.text.domain.Uncertainty.margin(new io.tajriba.text.domain.Uncertainty.Reading(
					io.tajriba.text.domain.Sentiment.of(a.get("sentiment").asString()).orElseThrow(),
					a.get("confidence").asDouble(), a.get("score").asDouble()));
		}
		assertThat(margins).isSorted();
		json(put(key, "/api/v1/text/analyses/" + id(key, "so-so") + "/correction", "{\"sentiment\":\"neutral\"}"));
		assertThat(json(key.get("/api/v1/text/to-check?language=en"))).hasSize(2)
			.noneMatch(row -> row.get("sourceId").asString().equals("so-so"));
		assertThat(json(key.get("/api/v1/text/to-check?language=ar"))).singleElement()
			.satisfies(row -> assertThat(row.get("sourceId").asString()).isEqualTo("ar"));
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.get("/text/check?lang=ar").body()).contains("dir=\"rtl\"", "التوصيل تأخر كثيرا")
			.doesNotContain("The delivery was late");
	}

	@Test
	void correctionsTeachTheAdaptationAndWinOverTheRatingOfTheSameText() {
		Tenant tenant = tenants.create("Corrections adapt");
		var key = WebClient.withKey(port, tenant.apiKey());
		var workspaceId = tenant.workspace().id();
		String[] fillers = { "order", "on monday", "for my sister", "at the mall branch", "last week", "with the voucher" };
		var texts = new java.util.ArrayList<TextAnalytics.Submitted>();
		for (int i = 0; i < 100; i++) {
			String body = (i % 2 == 0 ? "kiwipay checkout " : "blurgh fees ") + fillers[i % fillers.length] + " " + i;
			texts.add(new TextAnalytics.Submitted("t" + i, "", body, null, null));
		}
		text.enqueue(workspaceId, "interaction", texts);
		for (int i = 0; i < 100 && queue.queued(workspaceId) > 0; i++) {
			queue.drain(Duration.ofSeconds(5));
		}
		var rated = new StringBuilder("[");
		for (JsonNode row : json(key.get("/api/v1/text/results?limit=1000"))) {
			boolean praise = row.get("text").asString().startsWith("kiwipay");
			json(put(key, "/api/v1/text/analyses/" + row.get("id").asString() + "/correction",
					"{\"sentiment\":\"" + (praise ? "positive" : "negative") + "\"}"));
			// the same text rated the other way: the analyst's label wins
			rated.append(rated.length() > 1 ? "," : "").append("{\"text\":\"").append(row.get("text").asString())
				.append("\",\"nps\":").append(praise ? 0 : 10).append('}');
		}
		var adapted = json(key.postJson("/api/v1/text/adaptation", rated.append(']').toString())).get(0);
		assertThat(adapted.get("language").asString()).isEqualTo("en");
		assertThat(adapted.get("trainTexts").asInt() + adapted.get("heldOutTexts").asInt()).isEqualTo(100);
		assertThat(adapted.get("kept").asBoolean()).isTrue();
		assertThat(text.analyze(workspaceId, "kiwipay checkout at the airport").sentiment()).isEqualTo("positive");

		// the adapted model is scored on the corrected texts it never learnt from: as many as were held out
		var english = json(key.get("/api/v1/text/accuracy")).get("languages").get(0);
		assertThat(english.get("reading").get("n").asInt()).isEqualTo(100);
		assertThat(english.get("adapted").get("n").asInt()).isEqualTo(adapted.get("heldOutTexts").asInt());
		assertThat(english.get("adapted").get("value").asDouble())
			.isGreaterThan(english.get("shipped").get("value").asDouble());
		assertThat(english.get("adapted").get("ciLow").asDouble()).isLessThanOrEqualTo(english.get("adapted")
			.get("value").asDouble());
		// scoring the held-out texts gives its connection back: more calls than the pool has connections all answer
		for (int i = 0; i < 12; i++) {
			assertThat(key.get("/api/v1/text/accuracy").statusCode()).isEqualTo(200);
		}

		// adapting again from the page keeps the rated texts of the last adaptation and the corrections
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var again = owner.form("/text/adaptation", java.util.Map.of("language", "en"));
		assertThat(again.statusCode()).isIn(200, 302, 303);
		assertThat(json(key.get("/api/v1/text/adaptation")).get(0).get("kept").asBoolean()).isTrue();
	}

	@Test
	void oneTextIsCorrectedInItsOwnFormAndABadLabelIsNamed() {
		Tenant tenant = tenants.create("Correction form");
		var key = WebClient.withKey(port, tenant.apiKey());
		analyse(tenant, "tagged", "The delivery was late <script>alert(1)</script>");
		String id = id(key, "tagged");
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var form = owner.get("/text/analyses/" + id + "?lang=he");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("dir=\"rtl\"", "תיקון הקריאה", "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		var refused = owner.form("/text/analyses/" + id + "/correction", java.util.Map.of("sentiment", "angry"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"error\"", ">sentiment<");
		var saved = owner.form("/text/analyses/" + id + "/correction",
				java.util.Map.of("sentiment", "negative", "theme", "price"));
		assertThat(saved.statusCode()).isLessThan(400);
		assertThat(text.result(tenant.workspace().id(), "interaction", "tagged", "").orElseThrow())
			.satisfies(a -> {
				assertThat(a.sentiment()).isEqualTo("negative");
				assertThat(a.themes()).containsExactly("price");
				assertThat(a.emotions()).isEmpty();
			});
		assertThat(owner.get("/text/analyses/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
