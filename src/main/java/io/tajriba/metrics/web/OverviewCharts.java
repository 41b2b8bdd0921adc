package io.tajriba.metrics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.MetricValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the overview's charts draw, as one JSON object for {@code /js/overview.js}: the NPS trend with its interval,
 * the channel × touchpoint heat map with the link behind each cell, the drivers chart and the emotion mix, with
 * their labels in the reader's language.
 */
@Component
class OverviewCharts {

	private final MessageSource messages;

	OverviewCharts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> data(MetricReport trend, MetricReport heat, InsightReports.Drivers drivers,
			InsightReports.Emotions emotions, OverviewModel.Drill drill, MetricRequest request,
			boolean links) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", labels());
		data.put("minimum", request.minimum());
		data.put("trend", trend.groups().stream().map(v -> Map.of("period", v.group(), "value", v.value(), "low",
				v.ci95()[0], "high", v.ci95()[1], "n", v.n(), "tooFew", v.tooFew())).toList());
		data.put("heat", heat(heat, drill, links));
		data.put("heatMetric", heat.metric());
		String language = LocaleContextHolder.getLocale().getLanguage();
		data.put("drivers", drivers.drivers().stream().map(d -> Map.of("key", d.key(), "label",
				d.text().getOrDefault(language, d.text().getOrDefault("en", d.key())), "importance", d.importance(),
				"performance", d.performance(), "quadrant", d.quadrant())).toList());
		data.put("emotions", emotions.emotions().stream().map(e -> Map.of("emotion", text("emotion." + e.emotion()),
				"share", e.share().value(), "n", e.share().n())).toList());
		return data;
	}

	private Map<String, Object> heat(MetricReport heat, OverviewModel.Drill drill, boolean links) {
		TreeSet<String> channels = new TreeSet<>();
		TreeSet<String> touchpoints = new TreeSet<>();
		heat.groups().forEach(v -> {
			channels.add(name(v.group()));
			touchpoints.add(name(v.subgroup()));
		});
		List<String> x = new ArrayList<>(channels);
		List<String> y = new ArrayList<>(touchpoints);
		List<Map<String, Object>> cells = new ArrayList<>();
		for (MetricValue v : heat.groups()) {
			Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("x", x.indexOf(name(v.group())));
			cell.put("y", y.indexOf(name(v.subgroup())));
			cell.put("value", v.value());
			cell.put("n", v.n());
			cell.put("tooFew", v.tooFew());
			String link = links ? drill.url(null, null, v.group(), v.subgroup()) : null;
			if (link != null) {
				cell.put("link", link);
			}
			cells.add(cell);
		}
		return Map.of("channels", x, "touchpoints", y, "cells", cells);
	}

	private static String name(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "–" : value;
	}

	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("nps", "csat", "ces", "ci", "n", "tooFew", "importance", "performance", "fixFirst", "keepUp",
				"maintain", "lowerPriority", "share", "channel", "touchpoint")) {
			labels.put(key, text("overview.chart." + key));
		}
		return labels;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
