package io.tajriba.metrics;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a metric for a group (or for all answers): its value with the 95% interval and the number of
 * answers behind it, flagged when there are too few to trust. NPS adds its three groups, CSAT its mean. A group
 * whose key is not what people read (a survey's id, a journey stage's key) has a label, and a subgroup likewise.
 */
public record MetricValue(@Nullable String group, @Nullable String subgroup, @Nullable String label,
		@Nullable String subgroupLabel, long n, double value, double[] ci95, boolean tooFew, @Nullable Long promoters,
		@Nullable Long passives, @Nullable Long detractors, @Nullable Double mean, double @Nullable [] meanCi95) {
}
