package io.tajriba.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.tajriba.WebClient;

/**
 * CSAT answers of a workspace for initiatives to measure, 20 a week at each of four touchpoints over the sixteen
 * weeks before this week: at the checkout 10 satisfied a week in the first eight weeks and 14 in the last eight (the
 * planted effect, +20 points), at the cart 12, at the branch 11 and at the returns desk 4 (far the worst)
 * throughout, and 5 answers in all at the faq page
 * (too few to be a control). The launch is the first day of the ninth week.
 */
public final class InitiativeFixture {

	public final LocalDate baselineFrom;
	public final LocalDate launchOn;
	public final String survey;

	public InitiativeFixture(WebClient key) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		launchOn = today.minusWeeks(8);
		baselineFrom = launchOn.minusWeeks(8);
		survey = id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		int id = 0;
		for (int week = 0; week < 16; week++) {
			LocalDate day = baselineFrom.plusWeeks(week).plusDays(2);
			id = week(rows, id, day, "web", "checkout", week < 8 ? 10 : 14);
			id = week(rows, id, day, "app", "cart", 12);
			id = week(rows, id, day, "store", "branch", 11);
			id = week(rows, id, day, "store", "returns desk", 4);
		}
		for (int i = 0; i < 5; i++) {
			rows.append(row(id++, baselineFrom.plusDays(3), "web", "faq page", 5));
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":" + id);
	}

	/** The first id in a JSON body. */
	public static String id(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}

	private static int week(StringBuilder rows, int id, LocalDate day, String channel, String touchpoint,
			int satisfied) {
		for (int i = 0; i < 20; i++) {
			rows.append(row(id++, day, channel, touchpoint, i < satisfied ? 5 : 2));
		}
		return id;
	}

	private static String row(int id, LocalDate day, String channel, String touchpoint, int csat) {
		return "{\"id\":\"i" + id + "\",\"channel\":\"" + channel + "\",\"touchpoint\":\"" + touchpoint
				+ "\",\"submittedAt\":\"" + day + "T12:00:00Z\",\"answers\":{\"csat\":" + csat + ",\"repurchase\":4}}\n";
	}

	/** A registration of the checkout's initiative as JSON, with the body's other fields appended. */
	public String initiative(String title, String more) {
		return "{\"title\":\"" + title + "\",\"metric\":\"csat\",\"survey\":\"" + survey
				+ "\",\"unitKind\":\"touchpoint\",\"treated\":[\"checkout\"],\"launchOn\":\"" + launchOn
				+ "\",\"minEffect\":10" + (more.isEmpty() ? "" : "," + more) + "}";
	}
}
