package io.tajriba.web.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.TooBusyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One workspace hammers the journey analysis; another's overview keeps its latency. */
@TajribaTest
class BulkheadTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	Bulkhead bulkhead;

	@Autowired
	ObjectMapper mapper;

	@Test
	void aBurstOfAnalysesInOneWorkspaceLeavesAnotherWorkspacesOverviewFast() throws Exception {
		Tenant busy = tenants.create("Burst");
		WebClient busyKey = WebClient.withKey(port, busy.apiKey());
		for (int batch = 0; batch < 4; batch++) {
			StringBuilder events = new StringBuilder();
			for (int i = 0; i < 5_000; i++) {
				int n = batch * 5_000 + i;
				events.append("{\"id\":\"e").append(n).append("\",\"customer\":\"c").append(n % 2_000)
					.append("\",\"type\":\"").append(n % 3 == 0 ? "purchase" : "visit")
					.append("\",\"channel\":\"web\",\"touchpoint\":\"page ").append(n % 40)
					.append("\",\"occurredAt\":\"2026-05-").append(String.format("%02d", 1 + n % 28))
					.append("T09:00:00Z\"}\n");
			}
			assertThat(busyKey.post("/api/v1/interactions", "application/x-ndjson", events.toString()).body())
				.contains("\"accepted\":5000");
		}
		String journey = mapper.readTree(busyKey.get("/api/v1/journeys").body()).get(0).get("id").asString();
		String analysis = "/api/v1/journeys/" + journey + "/analysis?from=2026-05-01&to=2026-05-28";
		assertThat(busyKey.get(analysis).statusCode()).isEqualTo(200);

		Tenant calm = tenants.create("Calm");
		WebClient calmOwner = WebClient.signedIn(port, calm.ownerEmail(), calm.password());
		long before = medianMillis(calmOwner, 15);

		AtomicBoolean hammering = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<?>> hammers = new ArrayList<>();
		for (int t = 0; t < 12; t++) {
			int offset = t;
			hammers.add(pool.submit(() -> {
				WebClient client = WebClient.withKey(port, busy.apiKey());
				while (hammering.get()) {
					int status = client.get(analysis.replace("to=2026-05-28", "to=2026-05-" + (20 + offset % 8)))
						.statusCode();
					(status == 200 || status == 503 ? answered : failed).incrementAndGet();
				}
				return null;
			}));
		}
		long during;
		try {
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= 2);
			during = medianMillis(calmOwner, 15);
		}
		finally {
			hammering.set(false);
			for (Future<?> hammer : hammers) {
				hammer.get();
			}
			pool.shutdown();
		}
		System.out.printf("Overview median %d ms alone, %d ms while another workspace ran %d analyses%n", before, during,
				answered.get());
		assertThat(failed.get()).as("analyses that failed instead of being answered or asked to wait").isZero();
		assertThat(answered.get()).isGreaterThan(12);
		assertThat(bulkhead.heavyPeak(busy.workspace().id())).as("analyses of one workspace at once").isEqualTo(1);
		assertThat(during).as("overview median before the burst: " + before + " ms")
			.isLessThan(before * 4 + 150);
	}

	@Test
	void aWorkspacePastItsShareWaitsThenIsAskedToRetry() {
		Bulkhead small = new Bulkhead(1, 1, 2, Duration.ofMillis(50));
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		try (Bulkhead.Permit first = small.enter(a, false); Bulkhead.Permit heavy = small.enter(a, true)) {
			assertThatThrownBy(() -> small.enter(a, false)).isInstanceOf(TooBusyException.class)
				.hasMessageContaining("requests");
			assertThatThrownBy(() -> small.enter(a, true)).isInstanceOf(TooBusyException.class)
				.hasMessageContaining("analyses");
			try (Bulkhead.Permit other = small.enter(b, false); Bulkhead.Permit otherHeavy = small.enter(b, true)) {
				assertThat(small.heavyPeak(b)).isEqualTo(1);
				// both places among all heavy requests are taken: a third workspace waits, then is asked to retry
				assertThatThrownBy(() -> small.enter(UUID.randomUUID(), true)).isInstanceOf(TooBusyException.class)
					.hasMessageContaining("server");
			}
		}
		try (Bulkhead.Permit again = small.enter(a, false)) {
			assertThat(again).isNotNull();
		}
	}

	private static long medianMillis(WebClient client, int calls) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			HttpResponse<String> page = client.get("/");
			times.add((System.nanoTime() - start) / 1_000_000);
			assertThat(page.statusCode()).isEqualTo(200);
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}
}
