package io.tajriba.maturity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A radar of the competencies' levels (1 to 5), evidence and raters: an axis per competency clockwise from the top,
 * rings at each level, a polygon per side; a level with no data sits at the centre and its label says so.
 */
record Radar(int size, List<Axis> axes, List<Ring> rings, String evidence, @Nullable String raters) {

	static final int SIZE = 420;
	static final double RADIUS = 130;

	/** An axis: its end and label position, the label's anchor, the competency's name and levels. */
	record Axis(String name, double x, double y, double labelX, double labelY, String anchor,
			@Nullable Integer evidenceLevel, @Nullable Integer raterLevel) {

		/** The name in at most two lines, cut at the space nearest its middle when it is long. */
		public List<String> lines() {
			return lines(name);
		}

		static List<String> lines(String name) {
			if (name.length() <= 18) {
				return List.of(name);
			}
			int middle = name.length() / 2;
			int best = -1;
			for (int i = 0; i < name.length(); i++) {
				if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
					best = i;
				}
			}
			return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
		}
	}

	record Ring(int level, String points) {
	}

	/** A competency as the radar draws it. */
	record Spoke(String name, @Nullable Integer evidenceLevel, @Nullable Integer raterLevel) {
	}

	static Radar of(List<Spoke> spokes) {
		double c = SIZE / 2.0;
		int n = spokes.size();
		List<Axis> axes = new ArrayList<>();
		List<Ring> rings = new ArrayList<>();
		for (int level = 1; level <= 5; level++) {
			List<double[]> ring = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				ring.add(point(i, n, level));
			}
			rings.add(new Ring(level, points(ring)));
		}
		List<double[]> evidence = new ArrayList<>();
		List<double[]> raters = new ArrayList<>();
		boolean anyRater = false;
		for (int i = 0; i < n; i++) {
			Spoke s = spokes.get(i);
			double[] end = point(i, n, 5);
			double[] label = point(i, n, 5 + 1.05);
			double dx = label[0] - c;
			String anchor = Math.abs(dx) < 8 ? "middle" : dx > 0 ? "start" : "end";
			axes.add(new Axis(s.name(), end[0], end[1], label[0], label[1], anchor, s.evidenceLevel(), s.raterLevel()));
			evidence.add(point(i, n, s.evidenceLevel() == null ? 0 : s.evidenceLevel()));
			raters.add(point(i, n, s.raterLevel() == null ? 0 : s.raterLevel()));
			anyRater |= s.raterLevel() != null;
		}
		return new Radar(SIZE, axes, rings, points(evidence), anyRater ? points(raters) : null);
	}

	private static double[] point(int i, int n, double level) {
		double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
		double r = RADIUS * level / 5;
		return new double[] { round(SIZE / 2.0 + r * Math.cos(angle)), round(SIZE / 2.0 + r * Math.sin(angle)) };
	}

	private static String points(List<double[]> points) {
		StringBuilder s = new StringBuilder();
		for (double[] p : points) {
			if (!s.isEmpty()) {
				s.append(' ');
			}
			s.append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
		}
		return s.toString();
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
