package io.tajriba.reports.internal;

import java.util.List;

/**
 * What a report says, written in its reader's language (digits, calendar): the headline figures with their 95%
 * interval and n against the previous window, the significant changes, pain points and breached cases, a chart.
 */
public record ReportContent(String language, boolean rightToLeft, String title, String workspace, String period,
		String scope, List<Figure> figures, List<String> changes, List<Pain> painPoints, List<Breach> breaches,
		String trendTitle, String chartSvg, List<String> painKeys) {

	/** A figure: its label, value, interval, n, the previous window's value and the change's test. */
	public record Figure(String label, String value, String interval, String n, String previous, String change,
			boolean significant, boolean tooFew) {
	}

	public record Pain(String text, boolean isNew) {
	}

	public record Breach(String number, String target, String priority, String at) {
	}

	/** Whether any figure moved significantly since the previous window. */
	public boolean changed() {
		return !changes.isEmpty();
	}
}
