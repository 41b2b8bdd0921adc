package io.tajriba.actions.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.tajriba.actions.internal.EffectReport;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the initiative's chart draws, as one JSON object for {@code /js/initiative.js}: each week's pooled metric of
 * the treated units and of the controls with their 95% intervals, the week the launch falls in, the weeks labelled
 * in the workspace's calendar and the words in the reader's language. No free text: units are not named in it.
 */
@Component
class InitiativeCharts {

	private final MessageSource messages;

	InitiativeCharts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> data(Workspace workspace, EffectReport report, Locale language) {
		DateFormat format = DateFormat.getInstanceForSkeleton("MMMd", locale(workspace, language));
		format.setTimeZone(TimeZone.getTimeZone(workspace.timeZone().getId()));
		List<Map<String, Object>> weeks = new ArrayList<>();
		int launch = -1;
		for (EffectReport.Week w : report.weeklySeries()) {
			if (launch < 0 && w.period().equals("after")) {
				launch = weeks.size();
			}
			Map<String, Object> week = new LinkedHashMap<>();
			week.put("label", format.format(Date.from(w.start().atTime(12, 0).atZone(workspace.timeZone()).toInstant())));
			week.put("after", w.period().equals("after"));
			week.put("treated", figure(w.treated()));
			week.put("control", w.control() == null ? null : figure(w.control()));
			weeks.add(week);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("weeks", weeks);
		data.put("launch", launch);
		data.put("hasControl", report.control() != null);
		data.put("metric", report.metric().toUpperCase(Locale.ROOT));
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("treated", "control", "ci", "n", "launch", "week")) {
			labels.put(key, messages.getMessage("initiatives.chart." + key, null, language));
		}
		data.put("labels", labels);
		return data;
	}

	private static @Nullable Map<String, Object> figure(EffectReport.Figure f) {
		if (f.value() == null || f.ci95() == null) {
			return null;
		}
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("value", f.value());
		figure.put("low", f.ci95()[0]);
		figure.put("high", f.ci95()[1]);
		figure.put("n", f.n());
		return figure;
	}

	/** The reader's language in the workspace's calendar, with the regions the page's other dates use. */
	private static ULocale locale(Workspace workspace, Locale language) {
		String region = switch (language.getLanguage()) {
			case "fa" -> "_IR";
			case "he" -> "_IL";
			default -> "";
		};
		return new ULocale(language.getLanguage() + region + "@calendar=" + workspace.calendar().id());
	}
}
