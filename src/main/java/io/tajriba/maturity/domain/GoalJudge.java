package io.tajriba.maturity.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.jspecify.annotations.Nullable;

/**
 * Whether a goal is on track, judged by the interval of its figure now and the trend of its history, against the
 * planned path: a straight line from the figure when the goal was set (its baseline) to the target on the due day.
 * <ul>
 * <li>The trend is the least-squares slope per day of the history's values (at least three days with data spanning
 * two weeks or more), with its 95% interval; without such a history it is unknown and taken as flat.</li>
 * <li>On track: the worse end of the interval now is on or past the planned path, or the value now carried along
 * the trend reaches the target by the due day.</li>
 * <li>Off track: even the better end of the interval is behind the planned path, and the trend does not carry the
 * value to the target by the due day.</li>
 * <li>At risk: in between, the data neither put it on the path nor rule it off.</li>
 * </ul>
 * A goal just set is on its path's start, so it is at risk unless the trend carries it to the target; once due,
 * the path is the target itself. "Better" is higher for NPS, CSAT, CES and eNPS, lower for churn: the rule is written
 * once, in better units.
 */
public final class GoalJudge {

	public enum Status {
		ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * The verdict; the trend per day (null unknown) with its interval; where the planned path is now; the value
	 * now carried along the trend to the due day; the days left.
	 */
	public record Judgement(Status status, @Nullable Double slopePerDay, double @Nullable [] slopeCi95,
			@Nullable Double planned, @Nullable Double projected, long daysLeft) {
	}

	static final int MIN_POINTS = 3;
	static final int MIN_SPAN_DAYS = 14;

	private GoalJudge() {
	}

	/** The judgement of the figure {@code now}; {@code baseline} is the figure when set (null: take now's). */
	public static Judgement judge(boolean higherIsBetter, double target, @Nullable Double baseline, LocalDate setOn,
			LocalDate dueOn, GoalPoint now, List<GoalPoint> history) {
		long left = Math.max(0, ChronoUnit.DAYS.between(now.day(), dueOn));
		Trend trend = trend(history);
		if (!now.hasData()) {
			return new Judgement(Status.NO_DATA, trend.slope, trend.ci, null, null, left);
		}
		double sign = higherIsBetter ? 1 : -1;
		double t = sign * target;
		double v = sign * now.value();
		// a goal set when its figure was already past the target has the target itself as its path
		double start = Math.min(t, sign * (baseline == null ? now.value() : baseline));
		double total = Math.max(1, ChronoUnit.DAYS.between(setOn, dueOn));
		double elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(setOn, now.day())));
		double planned = start + (t - start) * elapsed / total;
		double worse = Math.min(sign * now.low(), sign * now.high());
		double better = Math.max(sign * now.low(), sign * now.high());
		double slope = trend.slope == null ? 0 : sign * trend.slope;
		double projected = v + slope * left;
		Status status;
		if (worse >= planned || projected >= t) {
			status = Status.ON_TRACK;
		}
		else if (better < planned) {
			status = Status.OFF_TRACK;
		}
		else {
			status = Status.AT_RISK;
		}
		return new Judgement(status, trend.slope, trend.ci, sign * planned, sign * projected, left);
	}

	private record Trend(@Nullable Double slope, double @Nullable [] ci) {
	}

	private static Trend trend(List<GoalPoint> history) {
		List<GoalPoint> points = history.stream().filter(GoalPoint::hasData).toList();
		if (points.size() < MIN_POINTS) {
			return new Trend(null, null);
		}
		LocalDate first = points.stream().map(GoalPoint::day).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = points.stream().map(GoalPoint::day).max(LocalDate::compareTo).orElseThrow();
		if (ChronoUnit.DAYS.between(first, last) < MIN_SPAN_DAYS) {
			return new Trend(null, null);
		}
		SimpleRegression regression = new SimpleRegression();
		points.forEach(p -> regression.addData(ChronoUnit.DAYS.between(first, p.day()), p.value()));
		double slope = regression.getSlope();
		double half = regression.getSlopeConfidenceInterval(0.05);
		if (Double.isNaN(half)) {
			half = 0;
		}
		return new Trend(slope, new double[] { slope - half, slope + half });
	}
}
