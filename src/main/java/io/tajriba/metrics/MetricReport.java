package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A metric over a period (days in the workspace's calendar and zone, both included): the overall figure, the same
 * figure over the period just before with the test of the change, and the figure per group.
 */
public record MetricReport(String metric, LocalDate from, LocalDate to, int minimum, MetricValue overall,
		@Nullable MetricValue previous, @Nullable Change change, List<MetricValue> groups) {

	/**
	 * Whether the metric moved since the previous period: difference, test statistic (none when both periods are
	 * unanimous), p-value, significant.
	 */
	public record Change(double difference, @Nullable Double z, double pValue, boolean significant) {
	}
}
