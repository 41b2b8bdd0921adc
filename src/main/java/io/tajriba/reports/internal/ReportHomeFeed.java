package io.tajriba.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.metrics.HomeFeed;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.web.Formats;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's feed of the week: NPS, CSAT and CES overall and per touchpoint of the first journey map whose
 * last 7 days differ significantly from the 7 before, and the cases that missed a service level this week. A
 * workspace's feed is kept for five minutes.
 */
@Component
class ReportHomeFeed implements HomeFeed {

	static final int DAYS = 7;

	private final MetricWindows windows;
	private final JourneyStages stages;
	private final SubscriptionStore store;
	private final Workspaces workspaces;
	private final MessageSource messages;

	ReportHomeFeed(MetricWindows windows, JourneyStages stages, SubscriptionStore store,
			Workspaces workspaces, MessageSource messages) {
		this.windows = windows;
		this.stages = stages;
		this.store = store;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	/** How long a workspace's feed is kept: it reads a year of the journey, too much for every overview. */
	static final Duration KEPT = Duration.ofMinutes(5);

	private record Kept(Instant at, List<Item> items) {
	}

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	@Override
	public List<Item> thisWeek(UUID workspaceId, Locale locale, Instant now, int limit) {
		String key = workspaceId + "/" + locale.getLanguage() + "/" + limit;
		Kept known = kept.get(key);
		if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(KEPT))) {
			return known.items();
		}
		if (kept.size() > 10_000) {
			kept.clear();
		}
		List<Item> items = compute(workspaceId, locale, now, limit);
		kept.put(key, new Kept(now, items));
		return items;
	}

	private List<Item> compute(UUID workspaceId, Locale locale, Instant now, int limit) {
		Workspace workspace = workspaces.workspace(workspaceId);
		String language = locale.getLanguage();
		LocalDate today = now.atZone(workspace.timeZone()).toLocalDate();
		List<Item> items = new ArrayList<>();
		Set<String> touchpoints = new LinkedHashSet<>();
		stages.of(workspaceId, null, language).orElse(List.of()).forEach(s -> touchpoints.addAll(s.touchpoints()));
		for (String metric : ReportComposer.METRICS) {
			change(workspaceId, metric, "all", null, today, now, language, locale, items);
			for (String touchpoint : touchpoints) {
				change(workspaceId, metric, "touchpoint", touchpoint, today, now, language, locale, items);
			}
		}
		// the pain points are in the reports, not here: they need a year of the journey analysed, which must not
		// hold up the overview
		store.breaches(workspaceId, now.minus(Duration.ofDays(DAYS)), now).forEach(b -> items.add(new Item("breach",
				msg("reports.feed.breach", locale, num(b.number(), 0, language)),
				msg("reports.target." + b.target(), locale) + " · " + msg("actions.priority." + b.priority(), locale),
				"/cases/" + b.caseId(), b.at())));
		return items.stream().sorted(Comparator.comparing(Item::at).reversed()).limit(limit).toList();
	}

	private void change(UUID workspaceId, String metric, String scope, @Nullable String value, LocalDate today,
			Instant now, String language, Locale locale, List<Item> items) {
		MetricWindows.Window w = windows.window(workspaceId, metric, scope, value, DAYS, today,
				ReportComposer.MINIMUM);
		if (w.current().tooFew() || w.previous().tooFew() || !w.change().significant()) {
			return;
		}
		int decimals = metric.equals("nps") ? 1 : 2;
		String label = msg("reports.metric." + metric, locale) + (value == null ? "" : " · " + value);
		items.add(new Item("change",
				msg(w.change().difference() > 0 ? "reports.feed.up" : "reports.feed.down", locale, label),
				msg("reports.feed.changeDetail", locale, num(w.previous().value(), decimals, language),
						num(w.current().value(), decimals, language), num(w.current().ci95()[0], decimals, language),
						num(w.current().ci95()[1], decimals, language), num(w.current().n(), 0, language),
						p(w.change().pValue(), language)),
				value == null ? "/" : "/?touchpoint=" + java.net.URLEncoder.encode(value,
						java.nio.charset.StandardCharsets.UTF_8), now));
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

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
