package io.tajriba.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publication left unfinished (its node died while a listener ran it) is marked failed by the staleness check
 * and resubmitted by one node's job; finished ones are deleted after a week. Nothing republishes on start.
 */
@TajribaTest
class EventPublicationsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublications publications;

	@Value("${spring.modulith.events.republish-outstanding-events-on-restart}")
	boolean republishOnStart;

	@Value("${spring.modulith.events.staleness.processing}")
	Duration processing;

	@Test
	void anUnfinishedPublicationIsHandedToItsListenerAgain() {
		assertThat(republishOnStart).isFalse();
		assertThat(processing).isPositive();
		Tenant tenant = tenants.create("Events");
		UUID workspace = tenant.workspace().id();
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		key.postJson("/api/v1/alert-rules", """
				{"name":"Big refund","trigger":"interaction","conditions":[{"field":"type","op":"eq","value":"refund"},
				 {"field":"value","op":"gt","value":100}]}""");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		key.post("/api/v1/interactions", "application/x-ndjson", "{\"id\":\"r1\",\"customer\":\"kim\",\"type\":\"refund\","
				+ "\"channel\":\"web\",\"value\":150,\"currency\":\"EUR\",\"occurredAt\":\"" + now + "\"}\n");
		await().atMost(Duration.ofSeconds(30)).until(() -> cases(workspace) == 1 && completed(workspace) > 0);

		// as if the node had died while the listener ran: no case, the publication in flight long ago
		jdbc.sql("delete from cases where workspace_id = :w").param("w", workspace).update();
		int stuck = jdbc.sql("""
				update event_publication set status = 'FAILED', completion_date = null, completion_attempts = 1,
				  publication_date = now() - interval '40 minutes', last_resubmission_date = null
				where listener_id like '%SignalListener%' and serialized_event like :w""")
			.param("w", "%" + workspace + "%").update();
		assertThat(stuck).isPositive();
		publications.resubmitFailed();
		await().atMost(Duration.ofSeconds(30)).until(() -> cases(workspace) == 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> completed(workspace) >= stuck);
	}

	@Test
	void publicationsFinishedMoreThanAWeekAgoAreDeleted() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		for (UUID id : new UUID[] { old, recent }) {
			jdbc.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
					  completion_date, status, completion_attempts)
					values (:id, 'test.listener', 'test.Event', '{}', now() - interval '9 days', :done, 'COMPLETED', 1)""")
				.param("id", id)
				.param("done", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(id == old ? 8 : 1))))
				.update();
		}
		publications.purgeCompleted();
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		jdbc.sql("delete from event_publication where id = :id").param("id", recent).update();
	}

	private long cases(UUID workspace) {
		return jdbc.sql("select count(*) from cases where workspace_id = :w").param("w", workspace).query(Long.class)
			.single();
	}

	private long completed(UUID workspace) {
		return jdbc.sql("""
				select count(*) from event_publication where listener_id like '%SignalListener%'
				  and serialized_event like :w and completion_date is not null""")
			.param("w", "%" + workspace + "%").query(Long.class).single();
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
			.single() > 0;
	}
}
