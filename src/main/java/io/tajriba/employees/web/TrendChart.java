package io.tajriba.employees.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.metrics.ScoreStatistics.NpsFigure;
import org.jspecify.annotations.Nullable;

/**
 * An inline SVG of a group's eNPS per wave, -100 to 100: the value as a line of dots, the 95% interval as a bar
 * behind each dot; a hidden wave is a hollow mark on the axis and breaks the line.
 */
record TrendChart(int width, int height, List<Mark> marks, List<String> lines, double zeroY) {

	static final int WIDTH = 640;
	static final int HEIGHT = 180;
	static final int PAD = 24;
	static final int LABELS = 6;

	/** One wave: where it is drawn, and what its tooltip says (null figures when hidden). */
	record Mark(double x, double y, double lowY, double highY, int wave, Instant opens, boolean labelled,
			@Nullable NpsFigure nps) {

		public boolean hidden() {
			return nps == null;
		}
	}

	static TrendChart of(List<EnpsResults.Point> points, ZoneId zone) {
		List<Mark> marks = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int count = points.size();
		// at most about six dates under the axis, always the last
		int every = Math.max(1, (count + LABELS - 1) / LABELS);
		for (int i = 0; i < count; i++) {
			EnpsResults.Point point = points.get(i);
			double x = count == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (count - 1);
			NpsFigure nps = point.nps();
			Instant opens = point.wave().opens().atStartOfDay(zone).toInstant();
			boolean labelled = i == count - 1 || i % every == 0 && count - 1 - i >= every / 2.0;
			if (nps == null) {
				marks.add(new Mark(x, y(0), y(0), y(0), point.wave().number(), opens, labelled, null));
				if (!line.isEmpty()) {
					lines.add(line.toString().strip());
					line.setLength(0);
				}
				continue;
			}
			marks.add(new Mark(x, y(nps.value()), y(nps.low()), y(nps.high()), point.wave().number(), opens, labelled, nps));
			line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(nps.value())));
		}
		if (!line.isEmpty()) {
			lines.add(line.toString().strip());
		}
		return new TrendChart(WIDTH, HEIGHT, marks, lines, y(0));
	}

	static double y(double value) {
		return PAD / 2.0 + (HEIGHT - PAD) * (100 - value) / 200;
	}
}
