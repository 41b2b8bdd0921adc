package io.tajriba.workspaces;

import java.net.http.HttpResponse;
import java.util.Map;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A user or key of workspace A tries every resource of workspace B: nothing is seen, nothing changes. */
@TajribaTest
class TenantIsolationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	Tenant a;
	Tenant b;

	@BeforeEach
	void twoWorkspaces() {
		a = tenants.create("Alpha");
		b = tenants.create("Beta");
	}

	@Test
	void aKeyActsOnlyInItsOwnWorkspace() {
		WebClient keyA = WebClient.withKey(port, a.apiKey());
		assertThat(keyA.get("/api/v1/workspace").body()).contains(a.workspace().id().toString())
			.doesNotContain(b.workspace().id().toString());
		assertThat(keyA.get("/api/v1/workspaces").body()).doesNotContain(b.workspace().id().toString());
		assertThat(keyA.delete("/api/v1/api-keys/" + b.keyId()).statusCode()).isIn(403, 404);
		assertThat(keyA.delete("/api/v1/members/" + b.ownerId()).statusCode()).isIn(403, 404);
		assertThat(keyA.patchJson("/api/v1/members/" + b.ownerId(), "{\"role\":\"viewer\"}").statusCode())
			.isIn(403, 404);
		assertThat(keyA.get("/api/v1/audit").statusCode()).isEqualTo(403);
		assertBUntouched();
	}

	@Test
	void anAdminOfAGets404ForEveryResourceOfB() {
		WebClient ownerA = WebClient.signedIn(port, a.ownerEmail(), a.password());
		assertThat(ownerA.delete("/api/v1/api-keys/" + b.keyId()).statusCode()).isEqualTo(404);
		assertThat(ownerA.delete("/api/v1/members/" + b.ownerId()).statusCode()).isEqualTo(404);
		assertThat(ownerA.patchJson("/api/v1/members/" + b.ownerId(), "{\"role\":\"viewer\"}").statusCode())
			.isEqualTo(404);
		assertThat(ownerA.form("/settings/api-keys/" + b.keyId() + "/revoke", Map.of()).statusCode()).isEqualTo(404);

		HttpResponse<String> keys = ownerA.get("/api/v1/api-keys");
		assertThat(keys.statusCode()).isEqualTo(200);
		assertThat(keys.body()).contains(a.keyId().toString()).doesNotContain(b.keyId().toString());
		assertThat(ownerA.get("/api/v1/members").body()).contains(a.ownerEmail()).doesNotContain(b.ownerEmail());
		assertThat(ownerA.get("/api/v1/audit").body()).doesNotContain(b.workspace().name());
		assertThat(ownerA.get("/api/v1/workspaces").body()).doesNotContain(b.workspace().id().toString());
		assertBUntouched();
	}

	@Test
	void aUserCannotSwitchIntoAWorkspaceTheyDoNotBelongTo() {
		WebClient ownerA = WebClient.signedIn(port, a.ownerEmail(), a.password());
		var attempt = ownerA.form("/workspaces/switch", Map.of("workspace", b.workspace().id().toString()));
		assertThat(attempt.statusCode()).isEqualTo(403);
		assertThat(ownerA.get("/api/v1/workspace").body()).contains(a.workspace().id().toString());
	}

	@Test
	void aMemberOfBothSwitchesBetweenThem() {
		tenants.addMember(b, a.ownerId(), Role.VIEWER);
		WebClient user = WebClient.signedIn(port, a.ownerEmail(), a.password());
		assertThat(user.form("/workspaces/switch", Map.of("workspace", b.workspace().id().toString())).statusCode())
			.isEqualTo(302);
		assertThat(user.get("/api/v1/workspace").body()).contains(b.workspace().id().toString())
			.contains("\"role\":\"viewer\"");
		assertThat(user.delete("/api/v1/api-keys/" + b.keyId()).statusCode()).isEqualTo(403);
		assertBUntouched();
	}

	@Test
	void interactionsCustomersAndRejectedRowsOfBStayInB() {
		WebClient keyB = WebClient.withKey(port, b.apiKey());
		keyB.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"b-cust\",\"email\":\"b@example.com\"}");
		keyB.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"b-event","customer":"b-cust","type":"visit","channel":"web","occurredAt":"2026-03-01T10:00:00Z"}
				{"id":"b-bad","channel":"web"}
				""");
		String rejected = keyB.get("/api/v1/rejected-rows").body();
		String rejectedId = rejected.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

		for (WebClient a : java.util.List.of(WebClient.withKey(port, a.apiKey()),
				WebClient.signedIn(port, a.ownerEmail(), a.password()))) {
			assertThat(a.get("/api/v1/interactions").body()).doesNotContain("b-event");
			assertThat(a.get("/api/v1/interactions?customer=b-cust").body()).isEqualTo("[]");
			assertThat(a.get("/api/v1/customers/b-cust").statusCode()).isEqualTo(404);
			assertThat(a.get("/api/v1/customers/b@example.com").statusCode()).isEqualTo(404);
			assertThat(a.get("/api/v1/rejected-rows").body()).doesNotContain("b-bad");
			assertThat(a.post("/api/v1/rejected-rows/" + rejectedId + "/replay", "application/json",
					"{\"id\":\"b-bad\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\"}")
				.statusCode()).isEqualTo(404);
		}
		// the same event id in A is A's own event, not a duplicate of B's
		var own = WebClient.withKey(port, a.apiKey()).post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"b-event\",\"customer\":\"b-cust\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\"}");
		assertThat(own.body()).contains("\"accepted\":1");
		assertThat(keyB.get("/api/v1/customers/b-cust").body()).contains("\"interactions\":1");
		assertThat(keyB.get("/api/v1/rejected-rows").body()).contains("b-bad");
	}

	@Test
	void thePagesOfAShowNothingOfB() {
		WebClient keyB = WebClient.withKey(port, b.apiKey());
		keyB.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"b-page-cust\",\"email\":\"b-page@example.com\"}");
		keyB.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"b-page-event","customer":"b-page-cust","type":"visit","channel":"b_only_channel","touchpoint":"b-only-touchpoint","occurredAt":"2026-03-01T10:00:00Z","text":"b-secret-text"}
				{"id":"b-page-bad","channel":"b_only_channel"}
				""");
		String customerId = keyB.get("/api/v1/customers/b-page-cust").body()
			.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		String rejectedId = keyB.get("/api/v1/rejected-rows").body()
			.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

		WebClient ownerA = WebClient.signedIn(port, a.ownerEmail(), a.password());
		assertThat(ownerA.get("/customers/" + customerId).statusCode()).isEqualTo(404);
		assertThat(ownerA.get("/customers/" + customerId).body()).doesNotContain("b-page-cust");
		assertThat(ownerA.get("/customers").body()).doesNotContain("b-page-cust");
		assertThat(ownerA.get("/customers?q=b-page").body()).doesNotContain("b-page-cust");
		assertThat(ownerA.get("/interactions?from=2026-01-01&to=2026-12-31").body())
			.doesNotContain("b-secret-text", "b_only_channel", "b-only-touchpoint");
		assertThat(ownerA.get("/interactions?from=2026-01-01&to=2026-12-31&customer=" + customerId).body())
			.contains("id=\"unknown-customer\"").doesNotContain("b-secret-text");
		assertThat(ownerA.get("/interactions?from=2026-01-01&to=2026-12-31&channel=b_only_channel").body())
			.doesNotContain("b-secret-text");
		assertThat(ownerA.get("/channels").body()).doesNotContain("b_only_channel", "b-only-touchpoint");
		assertThat(ownerA.get("/rejected-rows?all=true").body()).doesNotContain("b-page-bad", rejectedId);
		assertThat(ownerA.form("/rejected-rows/" + rejectedId + "/replay", Map.of("raw",
				"{\"id\":\"b-page-bad\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\"}"))
			.statusCode()).isEqualTo(404);
		assertThat(ownerA.form("/channels/touchpoints", Map.of("channel", "b_only_channel", "name", "from-a"))
			.statusCode()).isEqualTo(302);

		assertThat(keyB.get("/api/v1/rejected-rows").body()).contains("b-page-bad");
		assertThat(keyB.get("/api/v1/interactions?touchpoint=from-a").body()).isEqualTo("[]");
		WebClient ownerB = WebClient.signedIn(port, b.ownerEmail(), b.password());
		assertThat(ownerB.get("/channels").body()).contains("b-only-touchpoint").doesNotContain("from-a");
	}

	private void assertBUntouched() {
		WebClient keyB = WebClient.withKey(port, b.apiKey());
		assertThat(keyB.get("/api/v1/workspace").statusCode()).isEqualTo(200);
		WebClient ownerB = WebClient.signedIn(port, b.ownerEmail(), b.password());
		assertThat(ownerB.get("/api/v1/members").body()).contains("\"role\":\"owner\"");
	}
}
