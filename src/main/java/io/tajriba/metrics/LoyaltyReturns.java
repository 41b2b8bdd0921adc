package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.Locale;

import io.tajriba.metrics.domain.Grouping;
import io.tajriba.metrics.internal.InsightMetrics;
import io.tajriba.workspaces.Workspace;
import org.springframework.stereotype.Service;

/**
 * The return on experience by loyalty group (promoters, passives, detractors by their latest NPS answer up to a
 * day) as the overview shows it, for modules that value a change in loyalty: revenue per customer, repurchase and
 * churn of each group, with the assumptions in the language asked for.
 */
@Service
public class LoyaltyReturns {

	private final InsightMetrics insights;

	LoyaltyReturns(InsightMetrics insights) {
		this.insights = insights;
	}

	public InsightReports.Roi byLoyalty(Workspace workspace, LocalDate to, Locale language) {
		return insights.roi(workspace, to, Grouping.LOYALTY, language);
	}
}
