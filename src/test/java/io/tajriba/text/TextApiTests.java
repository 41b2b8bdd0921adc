package io.tajriba.text;

import java.time.Duration;
import java.util.Optional;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.internal.TextQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TajribaTest
class TextApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Text");
		key = WebClient.withKey(port, tenant.apiKey());
	}

	/** Analyses what is queued until the text's result is there (the scheduler may have taken it first). */
	Optional<TextAnalysis> awaitResult(Tenant tenant, String sourceId) {
		for (int i = 0; i < 100; i++) {
			queue.drain(Duration.ofSeconds(5));
			var result = text.result(tenant.workspace().id(), "response", sourceId, "comment");
			if (result.isPresent()) {
				return result;
			}
			Thread.onSpinWait();
		}
		return Optional.empty();
	}

	@Test
	void analysesOneText() {
		var response = key.postJson("/api/v1/text/analyze", """
				{"text":"The delivery was very late and the driver was rude. Not good at all."}""");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"language\":\"en\"", "\"sentiment\":\"negative\"", "\"delivery\"",
				"\"waiting_time\"");
	}

	@Test
	void analysesABatchInFourLanguages() {
		var response = key.postJson("/api/v1/text/analyze", """
				[{"id":"a","text":"Great service, thank you!"},
				 {"id":2,"text":"پیک خیلی دیر رسید و غذا سرد بود"},
				 {"id":"c","text":"الخدمة ممتازة والتوصيل سريع"},
				 {"id":"d","text":"השירות היה גרוע והמשלוח איחר"}]""");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"a\"", "\"id\":2", "\"language\":\"fa\"", "\"language\":\"ar\"",
				"\"language\":\"he\"");
	}

	@Test
	void aRowWithoutTextIsNamedWithItsIndex() {
		var response = key.postJson("/api/v1/text/analyze", """
				[{"id":1,"text":"fine"},{"id":2,"text":"ok"},{"id":3}]""");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"[2].text\"", "is required");
		assertThat(key.postJson("/api/v1/text/analyze", "{\"text\":\"\"}").body()).contains("\"field\":\"text\"");
	}

	@Test
	void needsAKey() {
		assertThat(WebClient.anonymous(port).get("/api/v1/text/results").statusCode()).isEqualTo(401);
		assertThat(WebClient.anonymous(port).postJson("/api/v1/text/analyze", "{\"text\":\"hi\"}").statusCode())
			.isIn(401, 403);
	}

	@Test
	void queuedTextsAreAnalysedAndStored() {
		var workspaceId = tenant.workspace().id();
		text.enqueue(workspaceId, "response", "r1", "comment", "The staff were friendly and helpful, excellent!");
		var result = awaitResult(tenant, "r1");
		assertThat(result).hasValueSatisfying(a -> {
			assertThat(a.sentiment()).isEqualTo("positive");
			assertThat(a.themes()).contains("staff");
		});
		text.enqueue(workspaceId, "response", "r1", "comment", "Terrible staff, rude and slow");
		for (int i = 0; i < 100 && text.result(workspaceId, "response", "r1", "comment").orElseThrow()
			.sentiment().equals("positive"); i++) {
			queue.drain(Duration.ofSeconds(5));
		}
		assertThat(text.result(workspaceId, "response", "r1", "comment").orElseThrow().sentiment()).isEqualTo("negative");
	}

	@Test
	void aBatchThatFailsMidwayStaysQueued() {
		var workspaceId = tenant.workspace().id();
		// The scheduler may take a text first; then try again, until this test's own batch took it.
		for (int attempt = 0; attempt < 5; attempt++) {
			var id = "crash-" + attempt;
			text.enqueue(workspaceId, "response", id, "comment", "Excellent, thank you");
			var taken = new java.util.concurrent.atomic.AtomicInteger();
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
				taken.set(queue.drain(Duration.ofSeconds(5)));
				throw new IllegalStateException("the node dies before the commit");
			})).isInstanceOf(IllegalStateException.class);
			if (taken.get() > 0 && text.result(workspaceId, "response", id, "comment").isEmpty()) {
				assertThat(awaitResult(tenant, id)).isPresent();
				return;
			}
		}
		throw new AssertionError("the scheduler took the text every time");
	}

	@Test
	void workspacesSeeOnlyTheirOwnTexts() {
		var other = tenants.create("Other text");
		text.enqueue(tenant.workspace().id(), "response", "mine", "comment", "The price is too high");
		assertThat(awaitResult(tenant, "mine")).isPresent();
		assertThat(text.result(other.workspace().id(), "response", "mine", "comment")).isEmpty();
		assertThat(key.get("/api/v1/text/results").body()).contains("The price is too high");
		var otherKey = WebClient.withKey(port, other.apiKey());
		assertThat(otherKey.get("/api/v1/text/results").body()).isEqualTo("[]");
		assertThat(otherKey.get("/api/v1/text/themes/summary").body()).isEqualTo("[]");
		key.send("/api/v1/text/themes", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"key\":\"parking\",\"keywords\":{\"en\":[\"parking\"]}}]")));
		assertThat(key.get("/api/v1/text/themes").body()).contains("parking").doesNotContain("delivery");
		assertThat(otherKey.get("/api/v1/text/themes").body()).contains("delivery").doesNotContain("parking");
	}

	@Test
	void themesSummaryShowsVolumeSentimentAndQuotes() {
		var workspaceId = tenant.workspace().id();
		text.enqueue(workspaceId, "response", "s1", "comment", "Delivery was late again, awful");
		text.enqueue(workspaceId, "response", "s2", "comment", "Fast delivery, excellent service");
		text.enqueue(workspaceId, "response", "s3", "comment", "The delivery driver was rude and late");
		assertThat(awaitResult(tenant, "s3")).isPresent();
		awaitResult(tenant, "s1");
		awaitResult(tenant, "s2");
		var body = key.get("/api/v1/text/themes/summary").body();
		assertThat(body).contains("\"theme\":\"delivery\",\"texts\":3", "Fast delivery, excellent service",
				"\"trend\":[{\"week\"");
		assertThat(key.get("/api/v1/text/results?theme=delivery&sentiment=positive").body())
			.contains("Fast delivery").doesNotContain("awful");
	}

	@Test
	void textsOfAnOlderModelAreAnalysedAgain() {
		var workspaceId = tenant.workspace().id();
		text.enqueue(workspaceId, "response", "old", "comment", "Nice app");
		assertThat(awaitResult(tenant, "old")).isPresent();
		jdbc.sql("update text_analyses set model_version = 'older' where workspace_id = ?").param(workspaceId).update();
		assertThat(key.get("/api/v1/text/status").body()).contains("\"analysed\":1,\"outdated\":1");
		for (int i = 0; i < 100 && key.get("/api/v1/text/status").body().contains("\"outdated\":1"); i++) {
			queue.requeueOutdated(1000);
			queue.drain(Duration.ofSeconds(5));
		}
		assertThat(key.get("/api/v1/text/status").body()).contains("\"analysed\":1,\"outdated\":0");
	}
}
