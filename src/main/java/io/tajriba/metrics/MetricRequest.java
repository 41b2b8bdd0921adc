package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.metrics.domain.Granularity;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import org.jspecify.annotations.Nullable;

/**
 * What to compute: the answers of a filter over the days {@code from} to {@code to}, optionally of one persona's
 * customers, grouped by a dimension (and optionally a second one), by period, by persona or by a customer attribute,
 * with the minimum number of answers below which a figure is "too few".
 */
public record MetricRequest(ScoreFilter filter, LocalDate from, LocalDate to, @Nullable ScoreDimension by,
		@Nullable ScoreDimension then, @Nullable Granularity period, boolean compare, int minimum,
		@Nullable UUID persona, boolean byPersona, @Nullable String byAttribute) {

	/** The same request grouped otherwise. */
	public MetricRequest grouped(@Nullable ScoreDimension by, @Nullable ScoreDimension then,
			@Nullable Granularity period, boolean compare) {
		return new MetricRequest(filter, from, to, by, then, period, compare, minimum, persona, false, null);
	}
}
