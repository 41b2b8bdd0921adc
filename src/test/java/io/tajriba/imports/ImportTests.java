package io.tajriba.imports;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TajribaTest
class ImportTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Imports");
		key = WebClient.withKey(port, tenant.apiKey());
	}

	/** 12,000 lines: three batches, three bad rows, and the last hundred lines repeat ids (99 of them stored). */
	static String events() {
		StringBuilder file = new StringBuilder();
		for (int i = 1; i <= 12_000; i++) {
			int id = i > 11_900 ? i - 11_900 : i;
			if (i == 7 || i == 5_001) {
				file.append("{\"id\":\"x").append(i).append("\",\"type\":\"visit\",\"channel\":\"web\"}\n");
			}
			else if (i == 10_000) {
				file.append("not json at all\n");
			}
			else {
				file.append("{\"id\":\"f").append(id).append("\",\"customer\":\"c").append(i % 300)
					.append("\",\"type\":\"visit\",\"channel\":\"web\",\"touchpoint\":\"home\",")
					.append("\"occurredAt\":\"2026-02-01T10:00:00Z\"}\n");
			}
		}
		return file.toString();
	}

	/** The import's report once it has finished (it runs in the background). */
	String finished(String id) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> key.get("/api/v1/imports/" + id).body(),
					body -> body.contains("\"status\":\"done\"") || body.contains("\"status\":\"failed\""));
	}

	static String id(String body) {
		var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	long interactions() {
		return jdbc.sql("select count(*) from interactions where workspace_id = :w")
			.param("w", tenant.workspace().id()).query(Long.class).single();
	}

	@Test
	void anNdjsonFileIsImportedInBatchesWithAReportOfEveryRejectedLine() {
		var started = key.post("/api/v1/imports?kind=interactions&fileName=events.ndjson", "application/x-ndjson",
				events());
		assertThat(started.statusCode()).isEqualTo(202);
		assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> l.startsWith("/api/v1/imports/"));
		String report = finished(id(started.body()));
		assertThat(report).contains("\"status\":\"done\"", "\"rowsDone\":12000", "\"accepted\":11898",
				"\"duplicates\":99", "\"rejected\":3", "\"percent\":100")
			.contains("{\"line\":7,\"field\":\"occurredAt\",\"message\":\"is required\"}")
			.contains("{\"line\":5001,\"field\":\"occurredAt\"", "{\"line\":10000,\"field\":\"line\"");
		assertThat(interactions()).isEqualTo(11_898);
		assertThat(key.get("/api/v1/rejected-rows?source=interactions").body()).contains("not json at all");

		String again = finished(id(key.post("/api/v1/imports?kind=interactions&format=ndjson",
				"application/octet-stream", events()).body()));
		assertThat(again).contains("\"accepted\":0", "\"duplicates\":11997");
		assertThat(interactions()).isEqualTo(11_898);
		assertThat(key.get("/api/v1/imports").body()).contains("events.ndjson", "upload.ndjson");
	}

	@Test
	void aSpreadsheetCsvOfCustomersIsImported() {
		String csv = "\uFEFFid;email;locale;attributes.city\r\nk1;k1@example.com;fa;تهران\r\nk2;not-an-email;en;\r\n"
				+ "k3;k3@example.com;he;\"Tel Aviv; Yafo\"\r\n";
		String report = finished(id(key.post("/api/v1/imports?kind=customers&fileName=people.csv", "text/csv", csv)
			.body()));
		assertThat(report).contains("\"accepted\":2", "\"rejected\":1", "{\"line\":3,\"field\":\"email\"");
		assertThat(key.get("/api/v1/customers/k1@example.com").body()).contains("\"externalId\":\"k1\"", "تهران");
		assertThat(key.get("/api/v1/customers/k3").body()).contains("Tel Aviv; Yafo");
	}

	@Test
	void badRequestsNameTheFieldAndViewersCannotImport() {
		var noFormat = key.post("/api/v1/imports?kind=interactions", "application/octet-stream", "{}");
		assertThat(noFormat.statusCode()).isEqualTo(422);
		assertThat(noFormat.body()).contains("\"field\":\"format\"");
		var badKind = key.post("/api/v1/imports?kind=orders", "text/csv", "id\n1\n");
		assertThat(badKind.statusCode()).isEqualTo(422);
		assertThat(badKind.body()).contains("\"field\":\"kind\"");
		var empty = key.post("/api/v1/imports?kind=interactions", "text/csv", "");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"file\"");

		var viewer = administration.replaceKey(tenant.workspace().id(), "viewer", Role.VIEWER, Optional.empty());
		var denied = WebClient.withKey(port, viewer.secret()).post("/api/v1/imports?kind=interactions", "text/csv",
				"id,type\n1,visit\n");
		assertThat(denied.statusCode()).isEqualTo(403);
	}

	@Test
	void anImportIsInvisibleToOtherWorkspaces() {
		String id = id(key.post("/api/v1/imports?kind=interactions", "text/csv", "id,type\nq1,visit\n").body());
		finished(id);
		var other = WebClient.withKey(port, tenants.create("Other imports").apiKey());
		assertThat(other.get("/api/v1/imports/" + id).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/imports").body()).doesNotContain(id);
		assertThat(other.get("/api/v1/imports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
