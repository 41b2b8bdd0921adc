package io.tajriba.surveys.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.InvitationService;
import io.tajriba.surveys.internal.ResponseStore;
import io.tajriba.surveys.internal.Respondents.State;
import io.tajriba.surveys.internal.Respondents.Visit;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.surveys.internal.Templates;
import io.tajriba.surveys.internal.WidgetService;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The survey pages: the list, a new survey from a template, and a survey's page with its definition to edit and
 * translate (as JSON), previews in each language, publish and close, invitations, responses and exports.
 */
@Controller
class SurveyPages {

	private final Workspaces workspaces;
	private final SurveyService surveys;
	private final ResponseStore responses;
	private final InvitationService invitations;
	private final ObjectMapper mapper;
	private final WidgetService widgets;

	SurveyPages(Workspaces workspaces, SurveyService surveys, ResponseStore responses, InvitationService invitations,
			ObjectMapper mapper, WidgetService widgets) {
		this.widgets = widgets;
		this.workspaces = workspaces;
		this.surveys = surveys;
		this.responses = responses;
		this.invitations = invitations;
		this.mapper = mapper;
	}

	@GetMapping("/surveys")
	String list(Model model) {
		UUID workspace = workspaces.current().workspaceId();
		List<Survey> all = surveys.list(workspace);
		model.addAttribute("surveys", all);
		model.addAttribute("counts", all.stream().collect(java.util.stream.Collectors.toMap(Survey::id,
				s -> responses.counts(workspace, s.id()).getOrDefault("complete", 0L))));
		model.addAttribute("templates", Templates.NAMES);
		model.addAttribute("canWrite", workspaces.current().role().canWrite());
		return "surveys/list";
	}

	@PostMapping("/surveys")
	String create(@RequestParam String template, @RequestParam(defaultValue = "") String name) {
		return "redirect:/surveys/" + surveys.fromTemplate(workspaces.current(), template, name).id();
	}

	@GetMapping("/surveys/{id}")
	String show(@PathVariable UUID id, Model model) {
		UUID workspace = workspaces.current().workspaceId();
		Survey survey = surveys.get(workspace, id);
		model.addAttribute("survey", survey);
		if (!model.containsAttribute("definitionJson")) {
			model.addAttribute("definitionJson", mapper.writer().with(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsString(survey.definition()));
		}
		SurveyDefinition definition = survey.definition().toDefinition();
		model.addAttribute("definition", definition);
		model.addAttribute("missing", definition.missingTranslations());
		model.addAttribute("responses", responses.list(workspace, id, 20));
		var widget = widgets.widget(workspaces.current(), id);
		model.addAttribute("widgetSnippet", widget.map(w -> widgets.snippet(w.key())).orElse(null));
		model.addAttribute("widgetSecret", widget.map(WidgetService.Widget::secret).orElse(null));
		model.addAttribute("counts", responses.counts(workspace, id));
		model.addAttribute("canWrite", workspaces.current().role().canWrite());
		return "surveys/show";
	}

	@PostMapping("/surveys/{id}")
	String save(@PathVariable UUID id, @RequestParam String name, @RequestParam String definition,
			RedirectAttributes flash) {
		flash.addFlashAttribute("definitionJson", definition);
		SurveyDocument document;
		try {
			document = mapper.readValue(definition, SurveyDocument.class);
		}
		catch (JacksonException e) {
			throw new InvalidFieldException("definition", "is not valid JSON: " + e.getOriginalMessage());
		}
		surveys.update(workspaces.current(), id, name, document);
		flash.getFlashAttributes().remove("definitionJson");
		flash.addFlashAttribute("saved", true);
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/publish")
	String publish(@PathVariable UUID id) {
		surveys.publish(workspaces.current(), id);
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/close")
	String close(@PathVariable UUID id) {
		surveys.close(workspaces.current(), id);
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/invite")
	String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String locale, RedirectAttributes flash) {
		flash.addFlashAttribute("issued", invitations.invite(workspaces.current(), id, new InvitationService.Request(
				null, email.isBlank() ? null : email.strip(), locale.isBlank() ? null : locale, null, null, null, null,
				null)));
		return "redirect:/surveys/" + id;
	}

	/**
	 * The respondent's page as it will look in one language; nothing can be sent from it. The parameter is not
	 * {@code lang}, which would change the analyst's own language.
	 */
	@GetMapping("/surveys/{id}/preview")
	String preview(@PathVariable UUID id, @RequestParam(defaultValue = "") String language, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Survey survey = surveys.get(workspaces.current().workspaceId(), id);
		SurveyDefinition definition = survey.definition().toDefinition();
		String shown = definition.languageFor(language);
		java.util.Locale locale = java.util.Locale.forLanguageTag(shown);
		LocaleContextHolder.setLocale(locale);
		request.setAttribute(Languages.PAGE_LANGUAGE, locale);
		model.addAttribute("visit", new Visit(State.OPEN, survey, definition, shown, Map.of()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("language", shown);
		model.addAttribute("preview", true);
		return "survey/respond";
	}

	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, HttpServletRequest request, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		String path = request.getRequestURI().replaceAll("/(publish|close|invite)$", "");
		return "redirect:" + (path.equals("/surveys") ? "/surveys" : path);
	}
}
