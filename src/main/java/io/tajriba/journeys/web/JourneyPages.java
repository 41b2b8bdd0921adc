package io.tajriba.journeys.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.platform.Heavy;
import io.tajriba.journeys.internal.AnalysisRequest;
import io.tajriba.journeys.internal.CustomerJourneys;
import io.tajriba.journeys.internal.JourneyAnalyses;
import io.tajriba.journeys.internal.JourneyAnalysis;
import io.tajriba.journeys.internal.JourneyChange;
import io.tajriba.journeys.internal.JourneyRecord;
import io.tajriba.journeys.internal.JourneyService;
import io.tajriba.personas.Personas;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.TooBusyException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The journey map as CX teams draw it: stages as columns (right to left in fa, ar and he), rows of intended
 * experience, touchpoints with the pain points flagged, customer actions, KPIs against targets and the emotion
 * curve; the stage flow, the personas online and offline, the pain points and the coverage matrix. Filters are in
 * the URL; owners, admins and analysts edit names, intended experience and targets.
 */
@Controller
class JourneyPages {

	private final Workspaces workspaces;
	private final JourneyService journeys;
	private final JourneyAnalyses analyses;
	private final CustomerJourneys paths;
	private final Personas personas;
	private final MessageSource messages;
	private final ObjectMapper mapper;
	private final Clock clock;

	JourneyPages(Workspaces workspaces, JourneyService journeys, JourneyAnalyses analyses, CustomerJourneys paths,
			Personas personas, MessageSource messages, ObjectMapper mapper, Clock clock) {
		this.workspaces = workspaces;
		this.journeys = journeys;
		this.analyses = analyses;
		this.paths = paths;
		this.personas = personas;
		this.messages = messages;
		this.mapper = mapper;
		this.clock = clock;
	}

	@GetMapping("/journeys")
	String first(HttpServletRequest request) {
		UUID id = journeys.list(workspaces.current().workspaceId()).getFirst().id();
		String query = request.getQueryString();
		return "redirect:/journeys/" + id + (query == null ? "" : "?" + query);
	}

	@Heavy
	@GetMapping("/journeys/{id}")
	String map(@PathVariable UUID id, AnalysisForm form, Model model, HttpServletRequest http,
			HttpServletResponse response) {
		Workspace workspace = workspaces.currentWorkspace();
		List<JourneyRecord> all = journeys.list(workspace.id());
		JourneyRecord journey = journeys.get(workspace.id(), id);
		AnalysisRequest request = request(form, workspace, model);
		Locale locale = LocaleContextHolder.getLocale();
		String language = locale.getLanguage();
		model.addAttribute("journeys", all);
		model.addAttribute("journey", journey);
		model.addAttribute("language", language);
		JourneyAnalysis analysis;
		try {
			analysis = analyses.view(workspace, id, request);
		}
		catch (TooBusyException e) {
			// a big journey read for the first time: the page says so and asks again by itself
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
			response.setHeader("Refresh", String.valueOf(e.retryAfterSeconds()));
			model.addAttribute("retryAfter", e.retryAfterSeconds());
			model.addAttribute("refresh", http.getRequestURI() + (http.getQueryString() == null ? ""
					: "?" + http.getQueryString()));
			return "journeys/preparing";
		}
		model.addAttribute("request", request);
		model.addAttribute("analysis", analysis);
		model.addAttribute("personas", personas.list(workspace.id()));
		model.addAttribute("canEdit", JourneyService.canEdit(workspaces.current().role()));
		model.addAttribute("canAdminister", workspaces.current().role().canAdminister());
		model.addAttribute("emotionNames", emotionNames(analysis, locale));
		model.addAttribute("painByTouchpoint", analysis.painPoints().touchpoints().stream().limit(5)
			.filter(p -> p.relativeRisk().value() > 1)
			.collect(Collectors.toMap(JourneyAnalysis.PainPointRow::name, p -> p, (a, b) -> a)));
		model.addAttribute("stageNames", analysis.stages().stream()
			.collect(Collectors.toMap(JourneyAnalysis.StageReport::key, s -> s.name().in(language))));
		model.addAttribute("recommendations", Recommendations.of(analysis, language, messages, locale));
		model.addAttribute("chartJson", mapper.writeValueAsString(JourneyCharts.of(analysis, language, messages,
				locale)));
		return "journeys/map";
	}

	@PostMapping("/journeys/{id}/stages/{key}")
	String editStage(@PathVariable UUID id, @PathVariable String key, @RequestParam Map<String, String> fields,
			RedirectAttributes flash) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		JourneyChange.Targets targets = new JourneyChange.Targets(number(fields, "conversionPercent"),
				number(fields, "csatPercent"), number(fields, "cesMean"), number(fields, "positiveSentimentPercent"),
				number(fields, "medianHours"));
		try {
			journeys.editStage(workspaces.current(), id, key, language, fields.getOrDefault("name", ""),
					fields.getOrDefault("intendedExperience", ""), targets);
			flash.addFlashAttribute("saved", key);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/journeys/" + id + "#edit-" + key;
	}

	/** A customer's path through the first journey map, as a fragment for the customer 360 page. */
	@GetMapping("/journeys/path/{customerId}")
	String path(@PathVariable UUID customerId, Model model) {
		model.addAttribute("path", paths.path(workspaces.current().workspaceId(), customerId.toString()));
		model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
		return "journeys/path :: path";
	}

	/** The emotions' names in the page's language: the survey's own (delighted ...) or the text analytics' (joy ...). */
	private Map<String, String> emotionNames(JourneyAnalysis analysis, Locale locale) {
		Map<String, String> names = new java.util.HashMap<>();
		analysis.stages().forEach(s -> s.emotions().forEach(e -> names.computeIfAbsent(e.name(),
				key -> messages.getMessage("emotion." + key, null,
						messages.getMessage("text.emotion." + key, null, key, locale), locale))));
		return names;
	}

	private static @Nullable Double number(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(name, "must be a number");
		}
	}

	private AnalysisRequest request(AnalysisForm form, Workspace workspace, Model model) {
		try {
			return form.request(workspace.timeZone(), clock);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return new AnalysisForm(null, null, null, null, null).request(workspace.timeZone(), clock);
		}
	}
}
