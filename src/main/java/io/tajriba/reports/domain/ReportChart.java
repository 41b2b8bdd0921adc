package io.tajriba.reports.domain;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A static SVG line chart of a metric per week, drawn on the server for the PDF and the mail (no script): the
 * weeks along the bottom (oldest at the reading start, so right to left in fa/ar/he), a dot per week with its
 * value, weeks without answers left as gaps. Labels arrive written in the reader's digits; the SVG escapes them.
 */
public final class ReportChart {

	/** A week: its label, its value (null when it had too few answers) and that value as the reader writes it. */
	public record Point(String label, @Nullable Double value, String written) {
	}

	static final int WIDTH = 640;
	static final int HEIGHT = 220;
	static final int LEFT = 40;
	static final int RIGHT = 20;
	static final int TOP = 20;
	static final int BOTTOM = 40;

	private ReportChart() {
	}

	public static String svg(List<Point> points, boolean rightToLeft, double min, double max) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" width=\"").append(WIDTH)
			.append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\">");
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		// the zero line or the bottom of the range
		double base = min <= 0 && max >= 0 ? 0 : min;
		svg.append(line(LEFT, y(base, min, max, plotHeight), WIDTH - RIGHT, y(base, min, max, plotHeight), "#adb5bd"));
		StringBuilder path = new StringBuilder();
		int n = points.size();
		for (int i = 0; i < n; i++) {
			Point p = points.get(i);
			double step = n == 1 ? 0 : plotWidth / (n - 1);
			double x = rightToLeft ? WIDTH - RIGHT - i * step : LEFT + i * step;
			svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - 12)
				.append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#6c757d\">").append(escape(p.label()))
				.append("</text>");
			if (p.value() == null) {
				path.append(' ');
				continue;
			}
			double y = y(p.value(), min, max, plotHeight);
			path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : "L").append(f(x)).append(',')
				.append(f(y));
			svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
				.append("\" r=\"4\" fill=\"#0d6efd\"/>");
			svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y - 8))
				.append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#212529\">").append(escape(p.written()))
				.append("</text>");
		}
		String d = path.toString().trim().replaceAll(" +", " ");
		if (!d.isEmpty()) {
			svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#0d6efd\" stroke-width=\"2\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static double y(double value, double min, double max, double plotHeight) {
		double span = max - min == 0 ? 1 : max - min;
		return TOP + plotHeight * (1 - (Math.max(min, Math.min(max, value)) - min) / span);
	}

	private static String line(double x1, double y1, double x2, double y2, String colour) {
		return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
				+ colour + "\" stroke-width=\"1\"/>";
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
