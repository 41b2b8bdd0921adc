package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.metrics.domain.Granularity;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import org.jspecify.annotations.Nullable;

/**
 * What to compute: the answers of a filter over the days {@code from} to {@code to}, optionally of one persona's
 * customers, grouped by a dimension (and optionally a second one), by period, by persona, by a customer attribute
 * or by journey stage, with the minimum number of answers below which a figure is "too few".
 */
public record MetricRequest(ScoreFilter filter, LocalDate from, LocalDate to, @Nullable ScoreDimension by,
		@Nullable ScoreDimension then, @Nullable Granularity period, boolean compare, int minimum,
		@Nullable UUID persona, boolean byPersona, @Nullable String byAttribute, @Nullable Stages stages) {

	/**
	 * A breakdown by the stages of a journey map (the workspace's first map when {@code journey} is null): the first
	 * level of the groups ({@code by} then holds nothing and {@code then} an optional second dimension), or the
	 * second one after {@code by} ({@code then} then holds nothing).
	 */
	public record Stages(@Nullable UUID journey, boolean second) {
	}

	/** The same request grouped otherwise. */
	public MetricRequest grouped(@Nullable ScoreDimension by, @Nullable ScoreDimension then,
			@Nullable Granularity period, boolean compare) {
		return new MetricRequest(filter, from, to, by, then, period, compare, minimum, persona, false, null, null);
	}
}
