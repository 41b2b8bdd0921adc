package io.tajriba.maturity.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.GoalPoint;
import io.tajriba.maturity.internal.Goals;
import org.jspecify.annotations.Nullable;

/**
 * A goal as its card shows it, with a small chart drawn on the server: the history's values and their interval band,
 * the planned path from the baseline to the target, and the target, from the first point to the due day (left to
 * right in every language, as time runs in charts).
 */
record GoalCard(Goals.View view, Goal goal, @Nullable String stageName, String status, String line, String band,
		@Nullable String path, double targetY, double todayX) {

	static final double WIDTH = 320;
	static final double HEIGHT = 80;
	static final double PAD = 6;

	static GoalCard of(Goals.View v, Map<String, String> stageNames) {
		Goal g = v.entry().goal();
		List<GoalPoint> points = v.history().stream().filter(GoalPoint::hasData).toList();
		LocalDate first = points.isEmpty() ? g.setOn() : points.getFirst().day();
		if (first.isAfter(g.setOn())) {
			first = g.setOn();
		}
		double days = Math.max(1, ChronoUnit.DAYS.between(first, g.dueOn()));
		double lo = g.target();
		double hi = g.target();
		for (GoalPoint p : points) {
			lo = Math.min(lo, p.low());
			hi = Math.max(hi, p.high());
		}
		if (hi - lo < 1e-9) {
			lo -= 1;
			hi += 1;
		}
		double low = lo;
		double span = hi - lo;
		LocalDate start = first;
		java.util.function.ToDoubleFunction<LocalDate> x = d -> PAD
				+ (WIDTH - 2 * PAD) * ChronoUnit.DAYS.between(start, d) / days;
		java.util.function.DoubleUnaryOperator y = value -> HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - low) / span;
		StringBuilder line = new StringBuilder();
		List<String> upper = new ArrayList<>();
		List<String> lower = new ArrayList<>();
		for (GoalPoint p : points) {
			line.append(xy(x.applyAsDouble(p.day()), y.applyAsDouble(p.value()))).append(' ');
			upper.add(xy(x.applyAsDouble(p.day()), y.applyAsDouble(p.high())));
			lower.add(0, xy(x.applyAsDouble(p.day()), y.applyAsDouble(p.low())));
		}
		List<String> band = new ArrayList<>(upper);
		band.addAll(lower);
		String path = v.baseline() == null ? null
				: xy(x.applyAsDouble(g.setOn()), y.applyAsDouble(v.baseline())) + " "
						+ xy(x.applyAsDouble(g.dueOn()), y.applyAsDouble(g.target()));
		double today = v.now().day().isAfter(g.dueOn()) ? x.applyAsDouble(g.dueOn()) : x.applyAsDouble(v.now().day());
		return new GoalCard(v, g, g.stage() == null ? null : stageNames.getOrDefault(g.stage(), g.stage()),
				v.judgement().status().key(), line.toString().strip(), String.join(" ", band), path,
				y.applyAsDouble(g.target()), today);
	}

	private static String xy(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}
}
