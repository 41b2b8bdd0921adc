package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tajriba.actions.domain.PreTrend;
import io.tajriba.actions.domain.Summary;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative did as measured now: the treated (and control) units' metric before and after the launch, the
 * difference in differences (or, without controls, before against after: weaker evidence) with its interval and
 * test, the baseline's parallel-trends check, the verdict, both groups week by week, and the return; flagged when
 * the treated units were the worst of their kind in the baseline with no unit near them (regression to the mean
 * may pass for an effect).
 */
public record EffectReport(String metric, String evidence, boolean weakerEvidence, Window before, Window after,
		LocalDate plannedEnd, Side treated, @Nullable Side control, @Nullable Difference difference,
		@Nullable Trend preTrend, String verdict, List<Week> weeklySeries, List<String> unitsLeftOut,
		@Nullable Return returns, boolean regressionToMeanRisk, Instant asOf) {

	public record Window(LocalDate from, LocalDate to) {
	}

	public record Side(Figure before, Figure after, List<String> units) {
	}

	/** A figure with its 95% interval and n; value and interval null where there are no answers to rest on. */
	public record Figure(@Nullable Double value, double @Nullable [] ci95, long n) {

		static Figure of(Summary s) {
			boolean known = Double.isFinite(s.value()) && Double.isFinite(s.ci95()[0]) && Double.isFinite(s.ci95()[1]);
			return new Figure(known ? round(s.value()) : null,
					known ? new double[] { round(s.ci95()[0]), round(s.ci95()[1]) } : null, s.n());
		}
	}

	/** The baseline's trend of treated minus control per week, its interval and test, over so many weeks. */
	public record Trend(double difference, double[] ci95, double pValue, int weeks) {

		static @Nullable Trend of(@Nullable PreTrend t) {
			return t == null || !Double.isFinite(t.differencePerWeek()) ? null
					: new Trend(round(t.differencePerWeek()), new double[] { round(t.ci95()[0]), round(t.ci95()[1]) },
							Math.round(t.pValue() * 10000) / 10000.0, t.weeks());
		}
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	public record Difference(double value, double[] ci95, double pValue, double standardError,
			double degreesOfFreedom) {
	}

	/** One week's pooled answers of each group; {@code period} before or after. */
	public record Week(LocalDate start, String period, Figure treated, @Nullable Figure control) {
	}

	/**
	 * The effect valued: customers concerned × effect ÷ 100 × the revenue gap per customer between promoters and
	 * detractors, with the interval's ends valued alike, and the assumptions written out.
	 */
	public record Return(double value, double[] ci95, long customers, double revenueGapPerCustomer,
			List<String> assumptions) {
	}
}
