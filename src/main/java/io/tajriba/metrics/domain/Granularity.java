package io.tajriba.metrics.domain;

/** The width of the buckets of a trend chart. */
public enum Granularity {
	DAY, WEEK, MONTH, QUARTER
}
