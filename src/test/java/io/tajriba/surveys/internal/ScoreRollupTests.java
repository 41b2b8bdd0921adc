package io.tajriba.surveys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily rollups give the same counts as the raw score rows: in the workspace's zone (Tehran, +03:30, whose
 * midnights fall on half hours in UTC), with answers arriving after a fold, after the next fold, and after the
 * zone changed.
 */
@TajribaTest
class ScoreRollupTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ScoreQueries queries;

	@Autowired
	ScoreRollups rollups;

	@Autowired
	RolledCounts rolled;

	@Autowired
	RolledEmotions rolledEmotions;

	final Random random = new Random(7);

	@Test
	void rollupsAndRawRowsGiveTheSameCounts() {
		Tenant tenant = tenants.create("Rollups");
		UUID workspace = tenant.workspace().id();
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String nps = survey(key, "nps-relationship");
		String csat = survey(key, "post-purchase-csat");
		String ces = survey(key, "post-support-ces");

		answer(key, nps, csat, ces, 0);
		rollups.roll(workspace, TEHRAN);
		assertSame(workspace, TEHRAN);
		answer(key, nps, csat, ces, 1);  // after the fold: read from the raw tail
		assertSame(workspace, TEHRAN);
		rollups.roll(workspace, TEHRAN);
		assertThat(queries.rawCounts(workspace, "nps", ScoreFilter.all(), null, null, TEHRAN).getFirst().count())
			.isPositive();
		assertThat(rolled.counts(workspace, "nps", ScoreFilter.all(), ScoreDimension.DAY, null, TEHRAN)).isPresent();
		assertThat(queries.rawEmotionResponses(workspace, ScoreFilter.all())).isPositive();
		assertSame(workspace, TEHRAN);

		ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");  // +05:45: the zone changed, the days are counted again
		// the workspace itself moves, so that the minute's fold running beside this test agrees on the zone
		assertThat(WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.patchJson("/api/v1/workspace", "{\"name\":\"" + tenant.workspace().name()
					+ "\",\"defaultLocale\":\"en\",\"timeZone\":\"Asia/Kathmandu\",\"calendar\":\"gregorian\"}")
			.statusCode()).isEqualTo(200);
		rollups.roll(workspace, kathmandu);
		answer(key, nps, csat, ces, 2);
		assertSame(workspace, kathmandu);
		assertSame(workspace, TEHRAN);  // days of another zone: from the raw rows
		assertThat(rolled.counts(workspace, "nps", ScoreFilter.all(), null, null, TEHRAN)).isEmpty();
		assertThat(rolled.counts(workspace, "nps", ScoreFilter.all(), null, null, kathmandu)).isPresent();
		assertThat(rolledEmotions.responses(workspace, ScoreFilter.all(), kathmandu)).isPresent();
	}

	void assertSame(UUID workspace, ZoneId zone) {
		assertSameEmotions(workspace, zone);
		List<ScoreDimension> dimensions = new ArrayList<>(List.of(ScoreDimension.values()));
		dimensions.add(null);
		for (String type : List.of("nps", "csat", "ces", "repurchase")) {
			for (ScoreFilter filter : filters(zone)) {
				for (ScoreDimension by : dimensions) {
					ScoreDimension then = by == ScoreDimension.CHANNEL ? ScoreDimension.TOUCHPOINT : null;
					assertThat(queries.counts(workspace, type, filter, by, then, zone))
						.as("%s %s by %s then %s in %s", type, filter, by, then, zone)
						.isEqualTo(queries.rawCounts(workspace, type, filter, by, then, zone));
				}
			}
		}
	}

	void assertSameEmotions(UUID workspace, ZoneId zone) {
		List<ScoreDimension> dimensions = new ArrayList<>(List.of(ScoreDimension.values()));
		dimensions.add(null);
		for (ScoreFilter filter : filters(zone)) {
			assertThat(queries.emotionResponses(workspace, filter, zone)).as("responses %s in %s", filter, zone)
				.isEqualTo(queries.rawEmotionResponses(workspace, filter));
			for (ScoreDimension by : dimensions) {
				assertThat(queries.emotions(workspace, filter, by, zone)).as("emotions %s by %s in %s", filter, by, zone)
					.containsExactlyInAnyOrderElementsOf(queries.rawEmotions(workspace, filter, by, zone));
			}
		}
	}

	List<ScoreFilter> filters(ZoneId zone) {
		Instant from = FIRST.plusDays(10).atStartOfDay(zone).toInstant();
		Instant to = FIRST.plusDays(40).atStartOfDay(zone).toInstant();
		return List.of(ScoreFilter.all(), ScoreFilter.all().between(from, to),
				ScoreFilter.all().between(from, to.plusSeconds(3600)),  // not at midnight: raw rows only
				new ScoreFilter(null, null, from, null, "web", null, null, null),
				new ScoreFilter(null, null, null, to, null, "checkout", null, null),
				new ScoreFilter(null, null, from, to, null, null, "agent-1", null));
	}

	/** Answers around the clock, many of them within minutes of a midnight in Tehran or in UTC. */
	void answer(WebClient key, String nps, String csat, String ces, int round) {
		StringBuilder n = new StringBuilder();
		StringBuilder c = new StringBuilder();
		StringBuilder e = new StringBuilder();
		for (int i = 0; i < 150; i++) {
			String common = "\"id\":\"r" + round + "-" + i + "\",\"submittedAt\":\"" + when() + "\"," + where()
					+ ",\"agent\":\"agent-" + random.nextInt(3) + "\"";
			n.append("{" + common + ",\"answers\":{\"nps\":" + random.nextInt(11) + feeling() + "}}\n");
			c.append("{" + common + ",\"answers\":{\"csat\":" + (1 + random.nextInt(5)) + ",\"repurchase\":"
					+ (1 + random.nextInt(5)) + "}}\n");
			e.append("{" + common + ",\"answers\":{\"ces\":" + (1 + random.nextInt(7)) + ",\"agent_csat\":"
					+ (1 + random.nextInt(5)) + ",\"resolved\":\"yes\"}}\n");
		}
		for (var pair : List.of(List.of(nps, n), List.of(csat, c), List.of(ces, e))) {
			assertThat(key.post("/api/v1/surveys/" + pair.get(0) + "/responses", "application/x-ndjson",
					pair.get(1).toString()).body()).contains("\"accepted\":150");
		}
	}

	String feeling() {
		String[] emotions = { "delighted", "angry", "neutral" };
		return switch (random.nextInt(3)) {
			case 0 -> "";
			case 1 -> ",\"feeling\":[\"" + emotions[random.nextInt(3)] + "\"]";
			default -> ",\"feeling\":[\"delighted\",\"" + emotions[1 + random.nextInt(2)] + "\"]";
		};
	}

	String when() {
		Instant day = FIRST.plusDays(random.nextInt(60)).atStartOfDay(random.nextBoolean() ? TEHRAN : ZoneId.of("UTC"))
			.toInstant();
		return day.plusSeconds(random.nextInt(1200) - 600 + (random.nextInt(4) == 0 ? random.nextInt(86_400) : 0))
			.toString();
	}

	String where() {
		String[] channels = { "web", "store", null };
		String[] touchpoints = { "checkout", "branch 3", null };
		String channel = channels[random.nextInt(3)];
		String touchpoint = touchpoints[random.nextInt(3)];
		return (channel == null ? "\"locale\":\"fa\"" : "\"channel\":\"" + channel + "\"")
				+ (touchpoint == null ? "" : ",\"touchpoint\":\"" + touchpoint + "\"");
	}

	static String survey(WebClient key, String template) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
			.matcher(key.postJson("/api/v1/surveys?template=" + template, "{}").body());
		assertThat(m.find()).isTrue();
		key.postJson("/api/v1/surveys/" + m.group(1) + "/publish", "");
		return m.group(1);
	}
}
