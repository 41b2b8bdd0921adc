package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.tajriba.WebClient;
import io.tajriba.quality.internal.WeeklySample;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the review sample's tests share: the test workspaces' zone (Tehran, three and a half hours east of UTC, so
 * a week's edges differ from UTC's), a week that has ended but that the hourly job does not draw (the one before
 * the last complete week: close enough that a case rule can still be applied to it), and interactions as NDJSON.
 */
final class SampleWeeks {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private SampleWeeks() {
	}

	/** The Monday of the week before the last complete one, in Tehran. */
	static LocalDate week() {
		return WeeklySample.lastCompleteWeek(TEHRAN, Instant.now()).minusWeeks(1);
	}

	/** The instant of {@code day} (0 for the Monday) at this hour and minute of the week, in Tehran. */
	static Instant at(LocalDate week, int day, int hour, int minute) {
		return week.plusDays(day).atTime(hour, minute).atZone(TEHRAN).toInstant();
	}

	static String interaction(String id, @Nullable String agent, String type, String channel,
			@Nullable String customer, Instant at, @Nullable String text) {
		return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"channel\":\"" + channel + "\""
				+ (agent == null ? "" : ",\"agent\":\"" + agent + "\"")
				+ (customer == null ? "" : ",\"customer\":\"" + customer + "\"") + ",\"occurredAt\":\"" + at + "\""
				+ (text == null ? "" : ",\"text\":\"" + text + "\"") + "}\n";
	}

	/** Records the NDJSON interactions and checks that all were accepted. */
	static void record(WebClient key, String rows) {
		long count = rows.lines().count();
		HttpResponse<String> recorded = key.post("/api/v1/interactions", "application/x-ndjson", rows);
		assertThat(recorded.body()).contains("\"accepted\":" + count);
	}

	/** A scorecard: greet (yes/no, weight 1), solve (1-5, weight 3) and privacy (yes/no, weight 1, critical). */
	static String card(WebClient key) {
		HttpResponse<String> created = key.postJson("/api/v1/scorecards", ReviewApiTests.CARD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String body = created.body();
		int at = body.indexOf("\"id\":\"") + 6;
		return body.substring(at, at + 36);
	}

	/**
	 * Scores giving greet yes and privacy yes with solve at {@code solve} of 1-5: (1 + 3·(solve − 1)/4 + 1) / 5, so 1
	 * gives 0.4, 2 gives 0.55, 3 gives 0.7, 4 gives 0.85 and 5 gives 1.0.
	 */
	static String scores(int solve) {
		return "{\"greet\":1,\"solve\":" + solve + ",\"privacy\":1}";
	}
}
