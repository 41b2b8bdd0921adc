package io.tajriba.journeys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.tajriba.journeys.domain.Recommendation;
import io.tajriba.journeys.internal.JourneyAnalysis;
import io.tajriba.journeys.internal.JourneyAnalysis.CoverageRow;
import org.springframework.context.MessageSource;

/**
 * The coverage matrix's recommendations in the page's language: the message key with the stage's name in that
 * language in place of its key, and the data type's name in place of its code.
 */
final class Recommendations {

	record Shown(String stage, String dataType, String status, String text) {
	}

	private Recommendations() {
	}

	static List<Shown> of(JourneyAnalysis analysis, String language, MessageSource messages, Locale locale) {
		Map<String, String> names = analysis.stages().stream()
			.collect(Collectors.toMap(JourneyAnalysis.StageReport::key, s -> s.name().in(language)));
		List<Shown> shown = new ArrayList<>();
		for (CoverageRow cell : analysis.coverage().cells()) {
			Recommendation r = cell.recommendation();
			if (r == null) {
				continue;
			}
			Object[] arguments = r.arguments().toArray();
			arguments[0] = names.getOrDefault(r.arguments().getFirst(), r.arguments().getFirst());
			if (arguments.length > 1) {
				arguments[1] = messages.getMessage("journeys.dataType." + cell.dataType(), null, locale);
			}
			shown.add(new Shown(cell.stage(), cell.dataType(), cell.status(),
					messages.getMessage(r.messageKey(), arguments, r.english(), locale)));
		}
		return shown;
	}
}
