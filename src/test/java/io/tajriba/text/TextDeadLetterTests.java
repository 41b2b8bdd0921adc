package io.tajriba.text;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import io.tajriba.text.internal.TextQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace whose taxonomy cannot be read stops no other workspace's texts, and is retried once fixed. */
@TajribaTest
class TextDeadLetterTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	HttpResponse<String> putThemes(WebClient client, String json) {
		return client.send("/api/v1/text/themes", HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Optional<TextAnalysis> analysed(Tenant tenant, String sourceId) {
		for (int i = 0; i < 100; i++) {
			queue.drain(Duration.ofSeconds(5));
			var result = text.result(tenant.workspace().id(), "response", sourceId, "comment");
			if (result.isPresent()) {
				return result;
			}
		}
		return Optional.empty();
	}

	@Test
	void badTaxonomiesAreRefusedNamingTheField() {
		var key = WebClient.withKey(port, tenants.create("Taxonomy").apiKey());
		var nullKeyword = putThemes(key, "[{\"key\":\"x\",\"keywords\":{\"en\":[null]}}]");
		assertThat(nullKeyword.statusCode()).isEqualTo(422);
		assertThat(nullKeyword.body()).contains("\"field\":\"themes[0].keywords.en[0]\"");
		var twice = putThemes(key, "[{\"key\":\"price\",\"keywords\":{}},{\"key\":\"price\",\"keywords\":{}}]");
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("\"field\":\"themes[1].key\"");
		var missing = putThemes(key, "[null]");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"themes[0]\"");
		var tooLong = putThemes(key, "[{\"key\":\"x\",\"keywords\":{\"fa\":[\"" + "ب".repeat(61) + "\"]}}]");
		assertThat(tooLong.body()).contains("\"field\":\"themes[0].keywords.fa[0]\"");
		var notAList = putThemes(key, "[{\"key\":\"x\",\"keywords\":{\"en\":{\"a\":1}}}]");
		assertThat(notAList.statusCode()).isEqualTo(400);
		assertThat(notAList.body()).contains("\"field\":\"[0].keywords.en\"");
		assertThat(key.get("/api/v1/text/themes").body()).contains("delivery");
	}

	@Test
	void aPoisonedWorkspaceIsDeadLetteredWhileOthersAreAnalysedAndRetriedOnceFixed() {
		var poisoned = tenants.create("Poisoned text");
		var healthy = tenants.create("Healthy text");
		UUID poisonedId = poisoned.workspace().id();
		// stored before the rules were checked: a keyword that is null
		jdbc.sql("""
				insert into text_themes (workspace_id, key, position, keywords, updated_at)
				values (?, 'x', 0, '{"en": [null]}', now())""").param(poisonedId).update();
		text.enqueue(poisonedId, "response", "p1", "comment", "The delivery was late");
		text.enqueue(healthy.workspace().id(), "response", "h1", "comment", "The delivery was fast, thank you");

		assertThat(analysed(healthy, "h1")).hasValueSatisfying(a -> assertThat(a.themes()).contains("delivery"));
		assertThat(text.result(poisonedId, "response", "p1", "comment")).isEmpty();
		DeadLetter letter = deadLetters.open(poisonedId, "text-settings", "settings").orElseThrow();
		assertThat(letter.error()).contains("themes[0].keywords.en[0]").doesNotContain("at io.tajriba");

		var owner = WebClient.signedIn(port, poisoned.ownerEmail(), poisoned.password());
		var listed = owner.get("/api/v1/dead-letters");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).contains(letter.id().toString(), "\"kind\":\"text-settings\"", "\"status\":\"open\"");
		var stillBad = owner.postJson("/api/v1/dead-letters/" + letter.id() + "/retry", "");
		assertThat(stillBad.statusCode()).isEqualTo(200);
		assertThat(stillBad.body()).contains("\"status\":\"open\"", "themes[0].keywords.en[0]");
		assertThat(deadLetters.find(poisonedId, letter.id()).orElseThrow().attempts()).isGreaterThan(letter.attempts());

		// another workspace's admin neither sees nor retries it; an analyst's key may not list letters
		var other = WebClient.signedIn(port, healthy.ownerEmail(), healthy.password());
		assertThat(other.get("/api/v1/dead-letters").body()).doesNotContain(letter.id().toString());
		assertThat(other.postJson("/api/v1/dead-letters/" + letter.id() + "/retry", "").statusCode()).isEqualTo(404);
		assertThat(WebClient.withKey(port, poisoned.apiKey()).get("/api/v1/dead-letters").statusCode()).isEqualTo(403);

		assertThat(putThemes(WebClient.withKey(port, poisoned.apiKey()),
				"[{\"key\":\"delivery\",\"keywords\":{\"en\":[\"delivery\"]}}]").statusCode()).isEqualTo(200);
		var retried = owner.postJson("/api/v1/dead-letters/" + letter.id() + "/retry", "");
		assertThat(retried.body()).contains("\"status\":\"resolved\"", "\"resolvedAt\"");
		assertThat(deadLetters.find(poisonedId, letter.id()).orElseThrow().open()).isFalse();
		assertThat(analysed(poisoned, "p1")).hasValueSatisfying(a -> assertThat(a.themes()).containsExactly("delivery"));
	}

	@Test
	void aHeldTextWaitsUntilItIsRetried() {
		var tenant = tenants.create("Held text");
		UUID workspaceId = tenant.workspace().id();
		// as the job leaves a text that failed alone; the scheduler may take it first, then again with another
		String held = null;
		for (int attempt = 0; attempt < 5 && held == null; attempt++) {
			String id = "held-" + attempt;
			text.enqueue(workspaceId, "response", id, "comment", "The staff were lovely");
			if (jdbc.sql("update text_queue set held = true where workspace_id = ? and source_id = ?")
				.params(workspaceId, id).update() == 1) {
				held = id;
			}
		}
		assertThat(held).isNotNull();
		deadLetters.record(workspaceId, "text", "response/comment/" + held, new IllegalStateException("failed once"));
		queue.drain(Duration.ofSeconds(5));
		assertThat(text.result(workspaceId, "response", held, "comment")).isEmpty();

		var letter = deadLetters.open(workspaceId, "text", "response/comment/" + held).orElseThrow();
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/dead-letters/" + letter.id() + "/retry", "").body())
			.contains("\"status\":\"resolved\"");
		assertThat(text.result(workspaceId, "response", held, "comment"))
			.hasValueSatisfying(a -> assertThat(a.themes()).contains("staff"));
	}
}
