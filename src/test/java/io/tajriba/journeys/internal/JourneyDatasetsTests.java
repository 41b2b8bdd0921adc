package io.tajriba.journeys.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.tajriba.MovingClock;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.personas.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept journey datasets: a small one is read again before the view once it is older than the TTL; a big one answers
 * from what was kept, says when it was read, and is read again in the background only if interactions arrived.
 */
@TajribaTest
class JourneyDatasetsTests {

	static final Duration TTL = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JourneyData data;

	@Autowired
	JourneyService journeys;

	Tenant tenant;
	WebClient key;
	JourneyRecord journey;
	MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));

	@BeforeEach
	void interactions() {
		tenant = tenants.create("Datasets");
		key = WebClient.withKey(port, tenant.apiKey());
		send("a1", "a2");
		journey = journeys.list(tenant.workspace().id()).getFirst();
	}

	void send(String... ids) {
		StringBuilder events = new StringBuilder();
		for (String id : ids) {
			events.append("{\"id\":\"%s\",\"customer\":\"c-%s\",\"type\":\"visit\",\"channel\":\"web\",\"touchpoint\":\"home\",\"occurredAt\":\"2026-05-02T09:00:00Z\"}\n"
				.formatted(id, id));
		}
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events.toString()).body())
			.contains("\"accepted\":" + ids.length);
	}

	JourneyDatasets.Kept get(JourneyDatasets datasets) {
		JourneyMap map = journey.map();
		return datasets.get(tenant.workspace().id(), journey.id(), map, data.personas(tenant.workspace().id()));
	}

	@Test
	void aSmallDatasetIsReadAgainBeforeTheViewOnceOlderThanTheTtl() {
		JourneyDatasets datasets = new JourneyDatasets(data, clock, TTL, 1_000_000);
		Instant first = clock.instant();
		assertThat(get(datasets).dataset().events.size()).isEqualTo(2);
		send("a3");
		clock.advance(Duration.ofSeconds(30));
		assertThat(get(datasets).dataset().events.size()).as("kept within the TTL").isEqualTo(2);
		assertThat(get(datasets).asOf()).isEqualTo(first);
		clock.advance(Duration.ofSeconds(31));
		JourneyDatasets.Kept again = get(datasets);
		assertThat(again.dataset().events.size()).isEqualTo(3);
		assertThat(again.asOf()).isEqualTo(clock.instant());
		datasets.stop();
	}

	@Test
	void aBigDatasetWhosePersonasChangedAnswersWithTheOldOnesAndIsReadAgainWithTheNew()
			throws InterruptedException, ExecutionException {
		JourneyDatasets datasets = new JourneyDatasets(data, clock, TTL, 1);
		JourneyDatasets.Kept kept = get(datasets);
		List<Persona> changed = List.of(new Persona(UUID.randomUUID(), "Made since", "", Map.of(), 1, List.of(), 0,
				clock.instant()));
		JourneyDatasets.Kept stale = datasets.get(tenant.workspace().id(), journey.id(), journey.map(), changed);
		assertThat(stale.dataset()).as("answered at once from what was kept").isSameAs(kept.dataset());
		assertThat(stale.personas()).isEqualTo(kept.personas());
		datasets.awaitBackground();
		JourneyDatasets.Kept fresh = datasets.get(tenant.workspace().id(), journey.id(), journey.map(), changed);
		assertThat(fresh.dataset()).isNotSameAs(kept.dataset());
		assertThat(fresh.personas()).isEqualTo(changed);
		datasets.stop();

		JourneyDatasets small = new JourneyDatasets(data, clock, TTL, 1_000_000);
		JourneyDatasets.Kept first = get(small);
		assertThat(small.get(tenant.workspace().id(), journey.id(), journey.map(), changed).personas())
			.as("a small one is read again at once").isEqualTo(changed).isNotEqualTo(first.personas());
		small.stop();
	}

	@Test
	void aBigDatasetAnswersFromWhatWasKeptAndIsReadAgainInTheBackgroundWhenInteractionsArrived()
			throws InterruptedException, ExecutionException {
		JourneyDatasets datasets = new JourneyDatasets(data, clock, TTL, 1);
		Instant first = clock.instant();
		JourneyDatasets.Kept kept = get(datasets);
		// nothing arrived: once stale, the kept one is renewed without being read again
		clock.advance(TTL.plusSeconds(1));
		assertThat(get(datasets).dataset()).isSameAs(kept.dataset());
		datasets.awaitBackground();
		Instant renewed = clock.instant();
		assertThat(get(datasets).dataset()).isSameAs(kept.dataset());
		assertThat(get(datasets).asOf()).isEqualTo(renewed);

		send("b1", "b2");
		clock.advance(TTL.plusSeconds(1));
		JourneyDatasets.Kept stale = get(datasets);
		assertThat(stale.dataset().events.size()).as("answered from what was kept").isEqualTo(2);
		assertThat(stale.asOf()).isEqualTo(renewed).isAfter(first);
		datasets.awaitBackground();
		JourneyDatasets.Kept fresh = get(datasets);
		assertThat(fresh.dataset().events.size()).as("read again in the background").isEqualTo(4);
		assertThat(fresh.asOf()).isEqualTo(clock.instant());
		datasets.stop();
	}
}
