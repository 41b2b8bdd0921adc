package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * The overview's figures for a workspace and a fixed set of filters, as the model of a page, without a signed-in
 * reader: what a read-only shared view shows. Its model has no drill-down links in the charts.
 */
public interface OverviewView {

	/**
	 * The overview's filters (blank means any): the period (the last 90 days up to today unless given), a survey, a
	 * channel, a touchpoint, an agent and a language.
	 */
	record Filters(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID survey, @Nullable String channel,
			@Nullable String touchpoint, @Nullable String agent, @Nullable String language) {

		public static final Filters NONE = new Filters(null, null, null, null, null, null, null);
	}

	/**
	 * The model of the overview of this workspace under these filters: {@code request}, {@code nps}, {@code csat},
	 * {@code ces}, {@code kpis}, {@code drivers}, {@code roi}, {@code emotions}, {@code now}, {@code chartJson}
	 * (without links), {@code heatMetric}; fails with a 422 naming the field if the filters do not make a period.
	 */
	Map<String, Object> model(Workspace workspace, Filters filters, Locale locale);

	/** Fails with a 422 naming the field if the filters do not make a valid overview period. */
	void check(Workspace workspace, Filters filters);
}
