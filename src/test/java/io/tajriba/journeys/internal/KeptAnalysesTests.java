package io.tajriba.journeys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.MovingClock;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.Outcome;
import io.tajriba.platform.TooBusyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kept analyses of big journeys: a view seen before is answered from what was kept; a stale one still answers while
 * it is worked out again; another request, or a new map, is worked out at once; a view that waits too long is told
 * the journey is being prepared, and the work is kept for the next view.
 */
@TajribaTest
class KeptAnalysesTests {

	static final Duration TTL = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JourneyData data;

	@Autowired
	JourneyService journeys;

	@Autowired
	JourneyAnalyses analyses;

	Tenant tenant;
	JourneyRecord journey;
	JourneyDataset dataset;
	AnalysisRequest year = new AnalysisRequest(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-11-30"), null,
			ChannelKind.ANY, Outcome.CHURN);
	MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));
	AtomicInteger worked = new AtomicInteger();

	@BeforeEach
	void journey() {
		tenant = tenants.create("Kept analyses");
		String event = "{\"id\":\"k1\",\"customer\":\"c-1\",\"type\":\"visit\",\"channel\":\"web\",\"touchpoint\":\"home\",\"occurredAt\":\"2026-05-02T09:00:00Z\"}";
		assertThat(WebClient.withKey(port, tenant.apiKey()).post("/api/v1/interactions", "application/x-ndjson", event)
			.body()).contains("\"accepted\":1");
		journey = journeys.list(tenant.workspace().id()).getFirst();
		dataset = data.load(tenant.workspace().id(), journey.map(), List.of(), null);
	}

	KeptAnalyses.Key key(AnalysisRequest request) {
		return new KeptAnalyses.Key(tenant.workspace().id(), journey.id(), journey.map(), request,
				BadExperienceRules.DEFAULT);
	}

	/** Works the view out for real, counting how often. */
	JourneyAnalysis work(AnalysisRequest request) {
		worked.incrementAndGet();
		return analyses.analyse(tenant.workspace(), journey.id(), request);
	}

	@Test
	void aViewSeenBeforeIsAnsweredFromWhatWasKeptAndAStaleOneWhileWorkedOutAgain() {
		KeptAnalyses kept = new KeptAnalyses(clock, TTL);
		JourneyAnalysis first = kept.get(key(year), dataset, null, () -> work(year));
		assertThat(first.customers()).isEqualTo(1);
		assertThat(kept.get(key(year), dataset, null, () -> work(year))).isSameAs(first);
		assertThat(worked).hasValue(1);

		clock.advance(TTL.plusSeconds(1));
		assertThat(kept.get(key(year), dataset, null, () -> work(year))).as("stale, still answers").isSameAs(first);
		kept.awaitRunning();
		assertThat(worked).as("worked out again in the background").hasValue(2);
		JourneyAnalysis again = kept.get(key(year), dataset, null, () -> work(year));
		assertThat(again).isNotSameAs(first);
		assertThat(kept.get(key(year), dataset, null, () -> work(year))).isSameAs(again);
		assertThat(worked).hasValue(2);

		AnalysisRequest online = new AnalysisRequest(year.from(), year.to(), null, ChannelKind.ONLINE, Outcome.CHURN);
		assertThat(kept.get(key(online), dataset, null, () -> work(online)).channelKind()).isEqualTo("online");
		assertThat(worked).as("another view is worked out at once").hasValue(3);

		JourneyDataset readAgain = data.load(tenant.workspace().id(), journey.map(), List.of(), null);
		assertThat(kept.get(key(year), readAgain, null, () -> work(year))).as("answered while the new rows are worked")
			.isSameAs(again);
		kept.awaitRunning();
		assertThat(worked).hasValue(4);
		kept.stop();
	}

	@Test
	void aViewThatWaitsTooLongIsToldTheJourneyIsBeingPreparedAndTheWorkIsKept() {
		KeptAnalyses kept = new KeptAnalyses(clock, TTL);
		CompletableFuture<Void> release = new CompletableFuture<>();
		assertThatThrownBy(() -> kept.get(key(year), dataset, Duration.ofMillis(50), () -> {
			release.join();
			return work(year);
		})).isInstanceOf(JourneyPreparing.class).isInstanceOf(TooBusyException.class);
		release.complete(null);
		kept.awaitRunning();
		JourneyAnalysis analysis = kept.get(key(year), dataset, Duration.ZERO, () -> work(year));
		assertThat(analysis.customers()).isEqualTo(1);
		assertThat(worked).as("the work of the view that gave up is the one kept").hasValue(1);
		kept.stop();
	}

	@Test
	void aFailureReachesTheViewThatWaitsForIt() {
		KeptAnalyses kept = new KeptAnalyses(clock, TTL);
		assertThatThrownBy(() -> kept.get(key(year), dataset, null, () -> {
			throw new IllegalStateException("broken");
		})).isInstanceOf(IllegalStateException.class).hasMessage("broken");
		assertThat(kept.get(key(year), dataset, null, () -> work(year)).customers()).isEqualTo(1);
		kept.stop();
	}
}
