package io.tajriba.maturity.domain;

import java.time.LocalDate;
import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A workspace goal: a metric (of all answers or, for NPS, CSAT and CES, of one journey stage), the target it should
 * reach and the day by which, set on a day. Its horizon follows from the two days: short-term within three months,
 * medium within twelve, long beyond.
 */
public record Goal(String name, Metric metric, @Nullable String stage, double target, LocalDate setOn,
		LocalDate dueOn) {

	/** What a goal is on, the range of its figure, and which way is better. */
	public enum Metric {
		NPS(-100, 100, true, true), CSAT(0, 100, true, true), CES(1, 7, true, true), CHURN(0, 100, false, false),
		ENPS(-100, 100, true, false);

		private final double min;
		private final double max;
		private final boolean higherIsBetter;
		private final boolean perStage;

		Metric(double min, double max, boolean higherIsBetter, boolean perStage) {
			this.min = min;
			this.max = max;
			this.higherIsBetter = higherIsBetter;
			this.perStage = perStage;
		}

		public boolean higherIsBetter() {
			return higherIsBetter;
		}

		public double min() {
			return min;
		}

		public double max() {
			return max;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Metric parse(@Nullable String key) {
			for (Metric m : values()) {
				if (m.key().equals(key)) {
					return m;
				}
			}
			throw new InvalidFieldException("metric", "must be nps, csat, ces, churn or enps");
		}
	}

	public enum Horizon {
		SHORT, MEDIUM, LONG;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static final int MAX_YEARS = 10;

	public Goal {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new InvalidFieldException("name", "must have 1 to 200 characters");
		}
		name = name.strip();
		if (metric == null) {
			throw new InvalidFieldException("metric", "must be nps, csat, ces, churn or enps");
		}
		if (stage != null && stage.isBlank()) {
			stage = null;
		}
		if (stage != null && !metric.perStage) {
			throw new InvalidFieldException("stage", "only NPS, CSAT and CES goals are set on a stage");
		}
		if (Double.isNaN(target) || target < metric.min || target > metric.max) {
			throw new InvalidFieldException("target", "must lie in [" + fmt(metric.min) + ", " + fmt(metric.max)
					+ "] for " + metric.key());
		}
		if (setOn == null) {
			throw new InvalidFieldException("setOn", "must be a day");
		}
		if (dueOn == null || !dueOn.isAfter(setOn)) {
			throw new InvalidFieldException("dueOn", "must be a day after the goal is set");
		}
		if (dueOn.isAfter(setOn.plusYears(MAX_YEARS))) {
			throw new InvalidFieldException("dueOn", "at most " + MAX_YEARS + " years ahead");
		}
	}

	/** Short-term (due within three months of being set), medium (within twelve) or long. */
	public Horizon horizon() {
		if (!dueOn.isAfter(setOn.plusMonths(3))) {
			return Horizon.SHORT;
		}
		return dueOn.isAfter(setOn.plusMonths(12)) ? Horizon.LONG : Horizon.MEDIUM;
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}
}
