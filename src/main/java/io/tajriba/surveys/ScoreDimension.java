package io.tajriba.surveys;

/** What the answers of a metric are grouped by; {@code DAY} is the day of completion in the workspace's zone. */
public enum ScoreDimension {

	SURVEY("survey_id::text"), QUESTION("question_key"), CHANNEL("channel"), TOUCHPOINT("touchpoint"),
	AGENT("agent"), LANGUAGE("language"), DAY("(completed_at at time zone :zone)::date::text");

	private final String column;

	ScoreDimension(String column) {
		this.column = column;
	}

	/** The SQL expression of the group (a fixed text: never built from input). */
	public String column() {
		return column;
	}
}
