package io.tajriba.journeys.domain;

/** The interactions from {@code fromEpochSecond} (included) to {@code toEpochSecond} (excluded). */
public record TimeWindow(long fromEpochSecond, long toEpochSecond) {

	public static final TimeWindow ALL = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

	public TimeWindow {
		if (fromEpochSecond >= toEpochSecond) {
			throw new IllegalArgumentException("a time window must end after it starts");
		}
	}

	public boolean contains(long epochSecond) {
		return epochSecond >= fromEpochSecond && epochSecond < toEpochSecond;
	}
}
