package io.tajriba.journeys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.journeys.internal.JourneyAnalysis;
import io.tajriba.journeys.internal.JourneyAnalysis.SegmentReport;
import io.tajriba.journeys.internal.JourneyAnalysis.StageReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What the journey page's charts draw, as plain maps for {@code data-charts}: stage names in the page's
 * language, the flow from stage to stage (went on, dropped off), the emotion curve (interactions that went well,
 * CSAT, net polarity of texts and emotions) and the personas' reach online and offline.
 */
final class JourneyCharts {

	private JourneyCharts() {
	}

	static Map<String, Object> of(JourneyAnalysis analysis, String language, MessageSource messages, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<StageReport> stages = analysis.stages();
		data.put("stages", stages.stream().map(s -> s.name().in(language)).toList());
		data.put("reached", stages.stream().map(StageReport::reached).toList());
		data.put("wentOn", stages.stream().map(s -> s.conversion() == null ? null : s.conversion().successes())
			.toList());
		data.put("droppedOff", stages.stream().map(s -> s.dropOff() == null ? null : s.dropOff().successes())
			.toList());
		data.put("wentWell", stages.stream()
			.map(s -> s.interactions() == 0 ? null : round(100 - s.badExperience().percent())).toList());
		data.put("csat", stages.stream().map(s -> s.csat().n() == 0 ? null : round(s.csat().percent())).toList());
		data.put("netSentiment", stages.stream().map(JourneyCharts::net).toList());
		List<Map<String, Object>> segments = new ArrayList<>();
		for (SegmentReport segment : analysis.segments()) {
			segments.add(Map.of("name", segment.persona() + " · "
					+ messages.getMessage("journeys.kind." + segment.channelKind(), null, locale),
					"customers", segment.customers(), "reach",
					segment.reachPercent().stream().map(JourneyCharts::round).toList()));
		}
		data.put("segments", segments);
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("reached", "wentOn", "droppedOff", "wentWell", "csat", "netSentiment", "reach",
				"customers")) {
			labels.put(key, messages.getMessage("journeys.chart." + key, null, locale));
		}
		data.put("labels", labels);
		return data;
	}

	private static @Nullable Double net(StageReport stage) {
		if (stage.positiveSentiment().n() == 0) {
			return null;
		}
		return round(stage.positiveSentiment().percent() - stage.negativeSentiment().percent());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
