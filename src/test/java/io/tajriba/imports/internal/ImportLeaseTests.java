package io.tajriba.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import io.tajriba.imports.internal.ImportStore.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports survive: one node runs an import at a time under a lease, a node takes over only a lease that has run
 * out and goes on after the last committed line, a stopping node gives its imports up with their files, and bad
 * rows are rejected without stopping the import.
 */
@TajribaTest
class ImportLeaseTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ImportStore store;

	@Autowired
	ImportFiles files;

	@Autowired
	ImportBatches batches;

	@Autowired
	ImportRunner runner;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportIsTakenUpOnlyOnceItsLeaseHasRunOutAndGoesOnAfterItsLastCommittedLine() throws Exception {
		UUID workspace = tenants.create("Leases").workspace().id();
		Instant now = clock.instant();
		UUID id = newImport(workspace, "node-elsewhere", now.plus(Duration.ofHours(1)), 4);
		jdbc.sql("update imports set status = 'running', last_line = 2 where id = :id").param("id", id).update();

		runner.tick();
		assertThat(column(id, "claimed_by")).isEqualTo("node-elsewhere");
		assertThat(column(id, "status")).isEqualTo("running");

		jdbc.sql("update imports set lease_until = :past where id = :id").param("id", id)
			.param("past", java.sql.Timestamp.from(now.minusSeconds(1))).update();
		runner.tick();
		await().atMost(Duration.ofSeconds(20)).until(() -> column(id, "status").equals("done"));
		assertThat(column(id, "claimed_by")).isEqualTo(runner.node());
		assertThat(column(id, "accepted")).isEqualTo("2");
		assertThat(eventIds(workspace)).containsExactly("line-3", "line-4");
		assertThat(Files.exists(files.path(workspace, id))).isFalse();
	}

	@Test
	void aStoppingNodeGivesItsImportUpKeepingTheFileAndAnotherFinishesIt() throws Exception {
		UUID workspace = tenants.create("Stopping").workspace().id();
		ImportRunner stopping = new ImportRunner(store, files, batches, mapper, clock, 1, Duration.ofMinutes(1),
				"another-node");
		UUID id = newImport(workspace, stopping.node(), stopping.leaseEnd(), 3);
		stopping.stop();

		stopping.run(new Job(workspace, id, "interactions", "ndjson", 0, stopping.leaseEnd()));
		assertThat(column(id, "status")).isEqualTo("queued");
		assertThat(column(id, "claimed_by")).isNull();
		assertThat(Files.exists(files.path(workspace, id))).isTrue();

		runner.tick();
		await().atMost(Duration.ofSeconds(20)).until(() -> column(id, "status").equals("done"));
		assertThat(eventIds(workspace)).containsExactly("line-1", "line-2", "line-3");
	}

	@Test
	void badRowsOfAFileAreRejectedAndTheImportFinishes() {
		var tenant = tenants.create("Bad rows");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String csv = String.join("\n", "id,customer,type,channel,occurredAt,value,text",
				"huge,c-1,purchase,web,2026-03-01T10:00:00Z,1E600000000,",
				"tiny,c-1,purchase,web,2026-03-01T10:00:00Z,1E-600000000,",
				"nul,c-1,review,web,2026-03-01T10:00:00Z,,a\0b",
				"ancient,c-1,visit,web,-5000-03-01T10:00:00Z,,",
				"fine,c-1,visit,web,2026-03-01T10:00:00Z,,");
		var started = key.post("/api/v1/imports?kind=interactions&fileName=bad.csv", "text/csv", csv);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();

		await().atMost(Duration.ofSeconds(30)).until(() -> key.get(location).body().contains("\"status\":\"done\""));
		String report = key.get(location).body();
		assertThat(report).contains("\"accepted\":2", "\"rejected\":3", "{\"line\":2,\"field\":\"value\"",
				"{\"line\":4,\"field\":\"text\"", "{\"line\":5,\"field\":\"occurredAt\"");
	}

	@Test
	void anEmptyUploadIsRefusedNamingTheFile() {
		var tenant = tenants.create("Too large");
		var answer = WebClient.withKey(port, tenant.apiKey()).send("/api/v1/imports?kind=interactions",
				java.net.http.HttpRequest.newBuilder().header("Content-Type", "text/csv")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString("")));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("\"field\":\"file\"");
	}

	private UUID newImport(UUID workspace, String node, Instant leaseUntil, int lines) throws Exception {
		StringBuilder ndjson = new StringBuilder();
		for (int i = 1; i <= lines; i++) {
			ndjson.append("{\"id\":\"line-").append(i)
				.append("\",\"customer\":\"c-1\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\"}\n");
		}
		UUID id = store.create(workspace, "interactions", "ndjson", "lines.ndjson", ndjson.length(), "test",
				clock.instant(), node, leaseUntil);
		Path path = files.path(workspace, id);
		Files.createDirectories(path.getParent());
		Files.writeString(path, ndjson);
		return id;
	}

	private String column(UUID id, String column) {
		return jdbc.sql("select cast(" + column + " as text) from imports where id = :id").param("id", id)
			.query(String.class).optional().orElse(null);
	}

	private java.util.List<String> eventIds(UUID workspace) {
		return jdbc.sql("select event_id from interactions where workspace_id = :workspace order by event_id")
			.param("workspace", workspace).query(String.class).list();
	}
}
