package io.tajriba.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.LoopFigures;
import io.tajriba.actions.LoopReports;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.journeys.PainPointRisks;
import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.reports.domain.ProportionChange;
import io.tajriba.reports.domain.ReportChart;
import io.tajriba.reports.internal.ReportContent.Figure;
import io.tajriba.reports.internal.ReportContent.Pain;
import io.tajriba.web.Formats;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Computes a subscription's report at an instant: the window of its frequency (a day, 7 or 30 days up to the
 * day of the send in the workspace's zone) against the window before, per metric (NPS, CSAT, CES) of the scope its
 * filters name, or per stage of the first journey map for the journey view; the pain points whose relative risk's
 * interval lies above 1; the cases that missed a service level since the last report; NPS (or the first metric
 * with answers) per week over eight weeks.
 */
@Component
class ReportComposer {

	static final List<String> METRICS = List.of("nps", "csat", "ces");
	static final int MINIMUM = 5;
	static final int WEEKS = 8;

	private final MetricWindows windows;
	private final LoopReports loops;
	private final PainPointRisks pains;
	private final JourneyStages stages;
	private final SubscriptionStore store;
	private final Workspaces workspaces;
	private final MessageSource messages;

	ReportComposer(MetricWindows windows, LoopReports loops, PainPointRisks pains, JourneyStages stages,
			SubscriptionStore store, Workspaces workspaces, MessageSource messages) {
		this.windows = windows;
		this.loops = loops;
		this.pains = pains;
		this.stages = stages;
		this.store = store;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	/** The scope of the overview's filters MetricWindows reads: the first of survey, touchpoint, channel, agent. */
	static String[] scope(Map<String, String> filters) {
		for (String key : List.of("survey", "touchpoint", "channel", "agent")) {
			if (filters.containsKey(key)) {
				return new String[] { key, filters.get(key) };
			}
		}
		return new String[] { "all", null };
	}

	ReportContent compose(ReportSubscription s, Instant now) {
		Workspace workspace = workspaces.workspace(s.workspaceId());
		String language = s.language();
		Locale locale = Locale.forLanguageTag(language);
		ZoneId zone = workspace.timeZone();
		LocalDate today = now.atZone(zone).toLocalDate();
		int days = s.frequency().days();
		List<Figure> figures = new ArrayList<>();
		List<String> changes = new ArrayList<>();
		String[] scope = scope(s.filters());
		String scopeText = scope[0].equals("all") ? msg("reports.scope.all", locale)
				: msg("reports.scope." + scope[0], locale) + ": " + scope[1];
		if (s.view().equals("loop")) {
			loop(s.workspaceId(), days, today, language, locale, figures, changes);
			scopeText = msg("reports.view.loop", locale);
		}
		else if (s.view().equals("journey")) {
			for (JourneyStages.Stage stage : stages.of(s.workspaceId(), null, language).orElse(List.of())) {
				figure(s.workspaceId(), "nps", "stage", stage.key(), stage.name() + " · NPS", days, today, language,
						locale, figures, changes);
			}
			scopeText = msg("reports.view.journey", locale);
		}
		else {
			for (String metric : METRICS) {
				figure(s.workspaceId(), metric, scope[0], scope[1], msg("reports.metric." + metric, locale), days,
						today, language, locale, figures, changes);
			}
		}
		// pain points: those whose interval lies above 1, the strongest first
		List<Pain> painLines = new ArrayList<>();
		List<String> painKeys = new ArrayList<>();
		pains.of(s.workspaceId()).stream().filter(r -> r.ciLow() > 1)
			.sorted(Comparator.comparingDouble(PainPointRisks.Risk::relativeRisk).reversed()).limit(8)
			.forEach(r -> {
				String key = r.kind() + ":" + r.name();
				painKeys.add(key);
				painLines.add(new Pain(msg("reports.report.painPoint", locale, r.name(),
						num(r.relativeRisk(), 2, language), num(r.ciLow(), 2, language), num(r.ciHigh(), 2, language),
						num(r.exposed(), 0, language)), !s.lastPainPoints().contains(key)));
			});
		Instant since = s.lastSentAt() != null ? s.lastSentAt() : now.minus(java.time.Duration.ofDays(days));
		List<ReportContent.Breach> breaches = store.breaches(s.workspaceId(), since, now).stream()
			.map(b -> new ReportContent.Breach(num(b.number(), 0, language),
					msg("reports.target." + b.target(), locale), msg("actions.priority." + b.priority(), locale),
					Formats.dateTime(b.at(), zone, workspace.calendar().id(), language)))
			.toList();
		String headline = !s.view().equals("overview") ? "nps" : METRICS.stream()
			.filter(m -> figures.stream().anyMatch(f -> f.label().equals(msg("reports.metric." + m, locale))))
			.findFirst().orElse("nps");
		String period = msg("reports.report.period", locale,
				Formats.date(today.minusDays(days - 1L).atTime(12, 0).atZone(zone).toInstant(), zone,
						workspace.calendar().id(), language),
				Formats.date(today.atTime(12, 0).atZone(zone).toInstant(), zone, workspace.calendar().id(), language));
		return new ReportContent(language, Languages.isRightToLeft(language),
				msg("reports.report.title." + s.view(), locale), workspace.name(), period, scopeText, figures, changes,
				painLines, breaches, msg("reports.report.trend", locale, msg("reports.metric." + headline, locale)),
				chart(s, headline, scope, today, workspace, language), painKeys);
	}

	private void figure(UUID workspaceId, String metric, String scope, @Nullable String value, String label,
			int days, LocalDate today, String language, Locale locale, List<Figure> figures, List<String> changes) {
		MetricWindows.Window w = windows.window(workspaceId, metric, scope, value, days, today, MINIMUM);
		MetricValue current = w.current();
		if (current.n() == 0 && w.previous().n() == 0) {
			return;
		}
		int decimals = metric.equals("nps") ? 1 : 2;
		boolean tooFew = current.tooFew() || current.n() == 0;
		boolean significant = !tooFew && !w.previous().tooFew() && w.change().significant();
		String changeText = w.previous().n() == 0 ? "" : msg("reports.report.test", locale,
				signed(w.change().difference(), decimals, language), p(w.change().pValue(), language));
		figures.add(new Figure(label, current.n() == 0 ? "—" : num(current.value(), decimals, language),
				current.n() == 0 ? "" : "[" + num(current.ci95()[0], decimals, language) + " – "
						+ num(current.ci95()[1], decimals, language) + "]",
				num(current.n(), 0, language),
				w.previous().n() == 0 ? "—" : num(w.previous().value(), decimals, language), changeText, significant,
				tooFew));
		if (significant) {
			changes.add(msg(w.change().difference() > 0 ? "reports.change.up" : "reports.change.down", locale, label,
					num(w.previous().value(), decimals, language), num(current.value(), decimals, language),
					p(w.change().pValue(), language)));
		}
	}

	/** The closed loop's figures of the window against the window before; the shares with their test. */
	private void loop(UUID workspaceId, int days, LocalDate today, String language, Locale locale,
			List<Figure> figures, List<String> changes) {
		LoopFigures now = loops.figures(workspaceId, today.minusDays(days - 1L), today);
		LoopFigures before = loops.figures(workspaceId, today.minusDays(2L * days - 1), today.minusDays(days));
		share(msg("reports.loop.withinSla", locale), now.withinSla(), before.withinSla(), language, locale, figures,
				changes);
		share(msg("reports.loop.recovery", locale), now.recovery(), before.recovery(), language, locale, figures,
				changes);
		figures.add(new Figure(msg("reports.loop.opened", locale), num(now.opened(), 0, language), "",
				num(now.opened(), 0, language), num(before.opened(), 0, language), "", false, false));
		figures.add(new Figure(msg("reports.loop.closed", locale), num(now.closed(), 0, language), "",
				num(now.closed(), 0, language), num(before.closed(), 0, language), "", false, false));
		LoopFigures.Median first = now.firstResponseHours();
		figures.add(new Figure(msg("reports.loop.firstResponse", locale),
				first.hours() == null ? "—" : num(first.hours(), 1, language), "", num(first.n(), 0, language),
				before.firstResponseHours().hours() == null ? "—"
						: num(before.firstResponseHours().hours(), 1, language), "", false, first.n() == 0));
	}

	private void share(String label, InsightReports.Rate now, InsightReports.Rate before, String language,
			Locale locale, List<Figure> figures, List<String> changes) {
		if (now.n() == 0 && before.n() == 0) {
			return;
		}
		double p = ProportionChange.pValue(now.count(), now.n(), before.count(), before.n());
		boolean significant = now.n() >= MINIMUM && before.n() >= MINIMUM && p < 0.05;
		figures.add(new Figure(label, now.n() == 0 ? "—" : num(now.value(), 1, language)
				+ (language.equals("fa") || language.equals("ar") ? "٪" : "%"),
				now.n() == 0 ? "" : "[" + num(now.ci95()[0], 1, language) + " – " + num(now.ci95()[1], 1, language) + "]",
				num(now.n(), 0, language), before.n() == 0 ? "—" : num(before.value(), 1, language),
				before.n() == 0 ? "" : msg("reports.report.test", locale, signed(now.value() - before.value(), 1,
						language), p(p, language)),
				significant, now.n() < MINIMUM));
		if (significant) {
			changes.add(msg(now.value() > before.value() ? "reports.change.up" : "reports.change.down", locale, label,
					num(before.value(), 1, language), num(now.value(), 1, language), p(p, language)));
		}
	}

	private String chart(ReportSubscription s, String metric, String[] scope, LocalDate today, Workspace workspace,
			String language) {
		List<ReportChart.Point> points = new ArrayList<>();
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		String[] used = s.view().equals("overview") ? scope : new String[] { "all", null };
		for (int i = WEEKS - 1; i >= 0; i--) {
			LocalDate to = today.minusWeeks(i);
			MetricValue v = windows.window(s.workspaceId(), metric, used[0], used[1], 7, to, MINIMUM).current();
			String label = Formats.date(to.atTime(12, 0).atZone(workspace.timeZone()).toInstant(),
					workspace.timeZone(), workspace.calendar().id(), language);
			// day and month only: the long date's year makes the axis crowded
			label = label.replaceAll("[\\s,]*[0-9۰-۹٠-٩]{4}.*$", "");
			if (v.n() == 0 || v.tooFew()) {
				points.add(new ReportChart.Point(label, null, ""));
				continue;
			}
			min = Math.min(min, v.value());
			max = Math.max(max, v.value());
			points.add(new ReportChart.Point(label, v.value(), num(v.value(), 1, language)));
		}
		if (min > max) {
			min = 0;
			max = 1;
		}
		double pad = Math.max(1, (max - min) * 0.2);
		return ReportChart.svg(points, Languages.isRightToLeft(language), min - pad, max + pad);
	}

	/**
	 * A figure in the reader's digits; a signed one in a left-to-right isolate, so that in right-to-left text
	 * its sign stays before it.
	 */
	static String num(double value, int decimals, String language) {
		String written = Formats.number(value, decimals, language);
		return value < 0 && io.tajriba.workspaces.Languages.isRightToLeft(language) ? "\u2066" + written + "\u2069"
				: written;
	}

	/** A p-value as "= 0.03", or "< 0.001" when smaller. */
	static String p(double value, String language) {
		return value < 0.001 ? "< " + Formats.number(0.001, 3, language) : "= " + Formats.number(value, 3, language);
	}

	private static String signed(double value, int decimals, String language) {
		if (value <= 0) {
			return num(value, decimals, language);
		}
		String written = "+" + Formats.number(value, decimals, language);
		return io.tajriba.workspaces.Languages.isRightToLeft(language) ? "\u2066" + written + "\u2069" : written;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
