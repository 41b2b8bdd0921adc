package io.tajriba.actions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.actions.LoopFigures;
import io.tajriba.actions.internal.Figures;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The loop's figures over a period: cases per week, times to respond and resolve, service levels, recovery. */
@Controller
class LoopPages {

	private final Workspaces workspaces;
	private final Figures figures;
	private final MessageSource messages;
	private final ObjectMapper mapper;
	private final Clock clock;

	LoopPages(Workspaces workspaces, Figures figures, MessageSource messages, ObjectMapper mapper, Clock clock) {
		this.workspaces = workspaces;
		this.figures = figures;
		this.messages = messages;
		this.mapper = mapper;
		this.clock = clock;
	}

	@GetMapping("/loop")
	String loop(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		LocalDate end = to == null ? LocalDate.now(clock.withZone(workspace.timeZone())) : to;
		LocalDate start = from == null ? end.minusDays(89) : from;
		LoopFigures f;
		try {
			f = figures.figures(workspace.id(), start, end);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			start = end.minusDays(89);
			f = figures.figures(workspace.id(), start, end);
		}
		model.addAttribute("f", f);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("chartJson", mapper.writeValueAsString(chart(f)));
		return "actions/loop";
	}

	/** What the chart draws: weeks (dates, no free text) and the labels in the reader's language. */
	private Map<String, Object> chart(LoopFigures f) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("weeks", f.weeks().stream().map(w -> Map.of("week", w.week().toString(), "opened", w.opened(),
				"closed", w.closed())).toList());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("opened", "closed", "week")) {
			labels.put(key, messages.getMessage("actions.loop.chart." + key, null, LocaleContextHolder.getLocale()));
		}
		data.put("labels", labels);
		return data;
	}
}
