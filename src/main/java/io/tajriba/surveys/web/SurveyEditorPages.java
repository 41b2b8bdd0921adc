package io.tajriba.surveys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.domain.QuestionType;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.domain.SurveyEdits;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey editor as a form: every text beside its translations, the languages, and questions added, moved, made
 * optional or removed. Every button sends the whole form, so texts typed before pressing it are kept.
 */
@Controller
class SurveyEditorPages {

	/** The languages the editor offers, in this order. */
	static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");

	private final Workspaces workspaces;
	private final SurveyService surveys;

	SurveyEditorPages(Workspaces workspaces, SurveyService surveys) {
		this.workspaces = workspaces;
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/edit")
	String editor(@PathVariable UUID id, Model model) {
		Survey survey = surveys.get(workspaces.current().workspaceId(), id);
		SurveyDefinition definition = survey.definition().toDefinition();
		List<String> offered = new ArrayList<>(LANGUAGES);
		definition.languages().stream().filter(l -> !offered.contains(l)).forEach(offered::add);
		model.addAttribute("survey", survey);
		model.addAttribute("definition", definition);
		model.addAttribute("slots", SurveyEdits.texts(definition));
		model.addAttribute("offered", offered);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("editable", workspaces.current().role().canWrite() && survey.status().equals("draft"));
		return "surveys/editor";
	}

	@PostMapping("/surveys/{id}/edit")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		return edit(id, form, flash, d -> d);
	}

	@PostMapping("/surveys/{id}/edit/languages")
	String languages(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		List<String> chosen = form.getOrDefault("languages", List.of());
		String first = form.getFirst("defaultLanguage");
		List<String> ordered = new ArrayList<>();
		if (first != null && chosen.contains(first)) {
			ordered.add(first);
		}
		chosen.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
		return edit(id, form, flash, d -> SurveyEdits.withLanguages(d, ordered));
	}

	@PostMapping("/surveys/{id}/edit/questions")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		return edit(id, form, flash, d -> SurveyEdits.add(d, value(form, "newKey"),
				QuestionType.of("newType", value(form, "newType")), d.defaultLanguage(), value(form, "newText")));
	}

	@PostMapping("/surveys/{id}/edit/questions/{key}/{action}")
	String change(@PathVariable UUID id, @PathVariable String key, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		UnaryOperator<SurveyDefinition> change = switch (action) {
			case "up" -> d -> SurveyEdits.move(d, key, -1);
			case "down" -> d -> SurveyEdits.move(d, key, 1);
			case "required" -> d -> SurveyEdits.required(d, key, true);
			case "optional" -> d -> SurveyEdits.required(d, key, false);
			case "delete" -> d -> SurveyEdits.remove(d, key);
			case "choice" -> d -> SurveyEdits.addChoice(d, key, value(form, "choice." + key));
			default -> throw new InvalidFieldException("action", "is not an edit of a question");
		};
		return edit(id, form, flash, change);
	}

	@PostMapping("/surveys/{id}/edit/questions/{key}/choices/{choice}/delete")
	String removeChoice(@PathVariable UUID id, @PathVariable String key, @PathVariable String choice,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		return edit(id, form, flash, d -> SurveyEdits.removeChoice(d, key, choice));
	}

	/** Applies the form's texts, then the change, and saves the draft; a refused change keeps the page as it was. */
	private String edit(UUID id, MultiValueMap<String, String> form, RedirectAttributes flash,
			UnaryOperator<SurveyDefinition> change) {
		Survey survey = surveys.get(workspaces.current().workspaceId(), id);
		String name = form.getFirst("name") == null ? survey.name() : form.getFirst("name");
		try {
			SurveyDefinition edited = change.apply(SurveyEdits.withTexts(survey.definition().toDefinition(), texts(form)));
			surveys.update(workspaces.current(), id, name, SurveyDocument.of(edited));
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/surveys/" + id + "/edit";
	}

	/** The texts in the form: fields named {@code t|questions.nps.text|fa}. */
	static Map<String, Map<String, String>> texts(MultiValueMap<String, String> form) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			String[] parts = name.split("\\|");
			if (parts.length == 3 && parts[0].equals("t") && !values.isEmpty()) {
				texts.computeIfAbsent(parts[1], f -> new LinkedHashMap<>()).put(parts[2], values.getFirst());
			}
		});
		return texts;
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(name, "is required");
		}
		return value.strip();
	}
}
