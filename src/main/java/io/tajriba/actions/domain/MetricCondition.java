package io.tajriba.actions.domain;

import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * "NPS (CSAT, CES) of this scope over the last {@code windowDays} days is below {@code threshold}" or "has dropped
 * against the window before". It fires only on evidence: below when the whole 95% interval is under the
 * threshold, dropped when the change is significant (p < 0.05), and never with fewer than {@code minimum}
 * answers in a window.
 */
public record MetricCondition(String metric, String scopeKind, @Nullable String scopeValue, int windowDays,
		String mode, double threshold, int minimum) {

	public static final Set<String> METRICS = Set.of("nps", "csat", "ces");
	public static final Set<String> SCOPES = Set.of("all", "survey", "channel", "touchpoint", "stage", "agent",
			"persona");

	public MetricCondition {
		metric = word(metric);
		if (!METRICS.contains(metric)) {
			throw new InvalidFieldException("metric.metric", "must be nps, csat or ces");
		}
		scopeKind = word(scopeKind).isEmpty() ? "all" : word(scopeKind);
		if (!SCOPES.contains(scopeKind)) {
			throw new InvalidFieldException("metric.scope", "must be one of all, survey, channel, touchpoint, stage, "
					+ "agent, persona");
		}
		scopeValue = scopeValue == null || scopeValue.isBlank() ? null : scopeValue.strip();
		if (!scopeKind.equals("all") && (scopeValue == null || scopeValue.length() > 200)) {
			throw new InvalidFieldException("metric.value", "is required for a " + scopeKind + " scope");
		}
		if (windowDays < 1 || windowDays > 90) {
			throw new InvalidFieldException("metric.windowDays", "must be between 1 and 90");
		}
		mode = word(mode);
		if (!mode.equals("below") && !mode.equals("drop")) {
			throw new InvalidFieldException("metric.mode", "must be below or drop");
		}
		double[] range = switch (metric) {
			case "nps" -> new double[] { -100, 100 };
			case "csat" -> new double[] { 0, 100 };
			default -> new double[] { 1, 7 };
		};
		if (mode.equals("below") && (threshold < range[0] || threshold > range[1])) {
			throw new InvalidFieldException("metric.threshold", "must be between " + (int) range[0] + " and "
					+ (int) range[1] + " for " + metric);
		}
		if (minimum < 5 || minimum > 100_000) {
			throw new InvalidFieldException("metric.minimum", "must be between 5 and 100000");
		}
	}

	/** A window's figure: its value, 95% interval and the number of answers behind it. */
	public record Figure(long n, double value, double low, double high) {
	}

	/** Whether the rule fires, and why (or why not) in words for the case and the backtest. */
	public record Verdict(boolean fires, String reason) {
	}

	public Verdict decide(Figure current, @Nullable Figure previous, @Nullable Double pValue) {
		if (current.n() < minimum) {
			return new Verdict(false, "only " + current.n() + " answers, fewer than " + minimum);
		}
		if (mode.equals("below")) {
			boolean below = current.high() < threshold;
			return new Verdict(below, below ? "%s %.1f (95%% interval %.1f to %.1f, n = %d) is below %s"
				.formatted(metric.toUpperCase(Locale.ROOT), current.value(), current.low(), current.high(), current.n(),
						format(threshold))
					: "the 95% interval reaches " + format(threshold));
		}
		if (previous == null || previous.n() < minimum) {
			return new Verdict(false, "too few answers in the window before");
		}
		boolean dropped = current.value() < previous.value() && pValue != null && pValue < 0.05;
		return new Verdict(dropped, dropped ? "%s fell from %.1f (n = %d) to %.1f (n = %d), p = %.3f"
			.formatted(metric.toUpperCase(Locale.ROOT), previous.value(), previous.n(), current.value(), current.n(), pValue)
				: "no significant drop");
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String word(@Nullable String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}
}
