package io.tajriba.interactions.internal;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.interactions.InteractionTotals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sums give the same totals as the raw interactions, for periods of Tehran days (+03:30) and for any
 * other instants, before the deltas are folded in, after, and with interactions arriving in between.
 */
@TajribaTest
class InteractionDaysTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
	static final String[] TYPES = { "visit", "purchase", "refund", "bounce", "app_session" };

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TotalsQueries totals;

	@Autowired
	InteractionDays days;

	final Random random = new Random(11);

	@Test
	void dailySumsAndRawRowsGiveTheSameTotals() {
		Tenant tenant = tenants.create("Interaction days");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		UUID workspace = tenant.workspace().id();
		record(key, 0);
		assertSame(workspace);
		days.fold();
		assertSame(workspace);
		record(key, 1);  // after the fold: read from the deltas
		assertSame(workspace);
		days.fold();
		assertSame(workspace);
	}

	void assertSame(UUID workspace) {
		for (int[] period : new int[][] { { 0, 40 }, { 3, 4 }, { 5, 25 }, { 10, 90 } }) {
			Instant from = FIRST.plusDays(period[0]).atStartOfDay(TEHRAN).toInstant();
			Instant to = FIRST.plusDays(period[1]).atStartOfDay(TEHRAN).toInstant();
			for (Instant[] p : List.of(new Instant[] { from, to }, new Instant[] { from.plusSeconds(7), to },
					new Instant[] { from, from.plusSeconds(3600) }, new Instant[] { from.minusSeconds(12_600), to })) {
				assertThat(summary(totals.totals(workspace, p[0], p[1]))).as("%s to %s", p[0], p[1])
					.isEqualTo(summary(totals.rawTotals(workspace, p[0], p[1])));
			}
		}
		assertThat(totals.rawTotals(workspace, FIRST.atStartOfDay(TEHRAN).toInstant(),
				FIRST.plusDays(60).atStartOfDay(TEHRAN).toInstant()).of("visit").count()).isPositive();
	}

	static Map<String, List<Object>> summary(InteractionTotals t) {
		Map<String, List<Object>> out = new TreeMap<>();
		t.byType().forEach((type, s) -> out.put(type, List.of(s.count(), s.value().setScale(2, RoundingMode.UNNECESSARY),
				s.seconds(), s.timed())));
		return out;
	}

	/** Interactions around the clock, many within minutes of a midnight in Tehran or in UTC. */
	void record(WebClient key, int round) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 1500; i++) {
			ZoneId zone = random.nextBoolean() ? TEHRAN : ZoneId.of("UTC");
			Instant at = FIRST.plusDays(random.nextInt(60)).atStartOfDay(zone).toInstant()
				.plusSeconds(random.nextInt(1200) - 600 + (random.nextInt(4) == 0 ? random.nextInt(86_400) : 0));
			String type = TYPES[random.nextInt(TYPES.length)];
			rows.append("{\"id\":\"e" + round + "-" + i + "\",\"customer\":\"c-" + random.nextInt(40) + "\",\"type\":\""
					+ type + "\",\"channel\":\"web\",\"occurredAt\":\"" + at + "\""
					+ (type.equals("purchase") || type.equals("refund")
							? ",\"value\":" + random.nextInt(10_000) / 100.0 + ",\"currency\":\"EUR\"" : "")
					+ (random.nextBoolean() ? ",\"durationSeconds\":" + random.nextInt(900) : "") + "}\n");
		}
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":1500");
	}
}
