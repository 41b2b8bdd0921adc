package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The answers of the drivers, return-on-experience, KPI and emotion views: every rate with its n and interval. */
public final class InsightReports {

	private InsightReports() {
	}

	/** A proportion in percent with its 95% Wilson interval and the number it rests on. */
	public record Rate(long n, long count, double value, double[] ci95) {
	}

	/** An average with its 95% t interval (none for a plain ratio of totals). */
	public record Mean(long n, double value, double @Nullable [] ci95) {
	}

	/** What explains the outcome: each driver's share of the explained variance and its current performance. */
	public record Drivers(@Nullable UUID survey, @Nullable String surveyName, String outcome, long n, double rSquared,
			String method, boolean tooFew, List<Driver> drivers) {
	}

	/**
	 * One driver: its question (kind rating) or an emotion or theme present in a response (kind emotion, theme:
	 * mean = the share of responses with it), importance (% of R²), mean, performance (0-100 on its scale; for an
	 * emotion or theme that goes with a worse outcome, lowerIsBetter, the share without it) and quadrant of the
	 * importance-versus-performance chart: fix_first, keep_up, maintain, lower_priority.
	 */
	public record Driver(String key, String kind, Map<String, String> text, double importance, double mean,
			double performance, String quadrant, boolean lowerIsBetter) {
	}

	/** Return on experience by loyalty group, and the revenue at stake with its assumptions. */
	public record Roi(String grouping, long customers, List<RoiGroup> groups, double revenueGap, double churnLoss,
			double revenueAtStake, List<String> assumptions) {
	}

	/** One loyalty group's customers, revenue per customer, repurchase, churn and retention. */
	public record RoiGroup(String tier, String name, long n, Mean revenuePerCustomer, Rate repurchase, Rate churn,
			double retention) {
	}

	/**
	 * Behavioural KPIs of a period from the interactions, churn from the customers, and the share of the period's
	 * survey invitations that were answered.
	 */
	public record Kpis(LocalDate from, LocalDate to, long visits, Rate bounceRate, Rate conversionRate,
			Mean averageTimeOnSiteSeconds, long shares, long purchases, double revenue, Mean averageOrderValue,
			Rate repeatPurchaseRate, Rate churnRate, Rate responseRate) {
	}

	/** How often each emotion was picked, as a share of the responses that answered an emotion question. */
	public record Emotions(LocalDate from, LocalDate to, long n, List<EmotionShare> emotions) {
	}

	public record EmotionShare(String emotion, Rate share) {
	}
}
