package io.tajriba.employees.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.employees.domain.PulseAnswerCheck;
import io.tajriba.employees.internal.EmployeeSettingsStore;
import io.tajriba.employees.internal.PulseAnswers;
import io.tajriba.employees.internal.PulseAnswers.State;
import io.tajriba.employees.internal.PulseAnswers.Visit;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.SurveyDocument.QuestionDocument;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pulse form an employee opens from their invitation: works without JavaScript, in the invitation's language
 * (or the one they switch to), right to left where due, asking the wave's items only. A used link, a wave not
 * open and an unknown link each get a page saying so (410, 410, 404).
 */
@Controller
class PulseFormPages {

	/** A question as the form shows it, in the page's language. */
	record Shown(String key, String text, int min, int max, boolean required, @Nullable String low,
			@Nullable String high) {
	}

	private final PulseAnswers answers;
	private final Surveys surveys;
	private final EmployeeSettingsStore settings;
	private final LocaleResolver locales;
	private final Clock clock;

	PulseFormPages(PulseAnswers answers, Surveys surveys, EmployeeSettingsStore settings, LocaleResolver locales,
			Clock clock) {
		this.answers = answers;
		this.surveys = surveys;
		this.settings = settings;
		this.locales = locales;
		this.clock = clock;
	}

	@GetMapping("/s/pulse/{token}")
	String show(@PathVariable String token, @RequestParam(defaultValue = "") String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Visit visit = answers.visit(token, lang, clock.instant()).orElse(null);
		if (visit == null) {
			return unknown(model, request, response);
		}
		return page(token, visit, Map.of(), Map.of(), model, request, response);
	}

	@PostMapping("/s/pulse/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String lang = form.getFirst("lang") == null ? "" : form.getFirst("lang");
		Map<String, String> given = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q.") && !values.isEmpty()) {
				given.put(name.substring(2), values.getFirst());
			}
		});
		var result = answers.answer(token, given, lang, clock.instant()).orElse(null);
		if (result == null) {
			return unknown(model, request, response);
		}
		if (!result.errors().isEmpty()) {
			response.setStatus(422);
		}
		return page(token, result.visit(), result.errors(), given, model, request, response);
	}

	private String page(String token, Visit visit, Map<String, String> errors, Map<String, String> given, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String language = visit.language();
		language(language, model, request, response);
		SurveyDocument survey = surveys.definition(visit.workspaceId(), visit.surveyId()).orElse(null);
		model.addAttribute("state", visit.state().name());
		model.addAttribute("token", token);
		model.addAttribute("title", text(survey == null ? null : survey.title(), language));
		model.addAttribute("intro", text(survey == null ? null : survey.intro(), language));
		model.addAttribute("thanks", text(survey == null ? null : survey.thanks(), language));
		model.addAttribute("threshold", settings.rules(visit.workspaceId()).threshold());
		model.addAttribute("errors", errors);
		model.addAttribute("given", given);
		if (visit.state() == State.OPEN) {
			model.addAttribute("questions", questions(survey, visit.items(), language));
			model.addAttribute("comment", comment(survey, language));
		}
		else if (visit.state() != State.ANSWERED) {
			response.setStatus(410);
		}
		return "employees/pulse-form";
	}

	private String unknown(Model model, HttpServletRequest request, HttpServletResponse response) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		language(Languages.SUPPORTED.contains(language) ? language : "en", model, request, response);
		response.setStatus(404);
		model.addAttribute("state", "UNKNOWN");
		return "employees/pulse-form";
	}

	private void language(String language, Model model, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = Locale.forLanguageTag(language);
		locales.setLocale(request, response, locale);
		LocaleContextHolder.setLocale(locale);
		model.addAttribute("language", language);
		model.addAttribute("lang", language);
		model.addAttribute("dir", Languages.isRightToLeft(language) ? "rtl" : "ltr");
		model.addAttribute("languagesOffered", Languages.SUPPORTED);
	}

	private static List<Shown> questions(@Nullable SurveyDocument survey, List<String> items, String language) {
		Map<String, QuestionDocument> byKey = new LinkedHashMap<>();
		if (survey != null && survey.questions() != null) {
			survey.questions().forEach(q -> byKey.put(q.key(), q));
		}
		return items.stream().map(key -> {
			QuestionDocument q = byKey.get(key);
			boolean enps = key.equals(PulseAnswerCheck.ENPS);
			return new Shown(key, q == null ? key : text(q.text(), language), enps ? 0 : 1, enps ? 10 : 5, enps,
					q == null ? null : blankToNull(text(q.lowLabel(), language)),
					q == null ? null : blankToNull(text(q.highLabel(), language)));
		}).toList();
	}

	private static String comment(@Nullable SurveyDocument survey, String language) {
		if (survey == null || survey.questions() == null) {
			return "";
		}
		return survey.questions().stream().filter(q -> PulseAnswerCheck.COMMENT.equals(q.key())).findFirst()
			.map(q -> text(q.text(), language)).orElse("");
	}

	private static String text(@Nullable Map<String, String> texts, String language) {
		if (texts == null) {
			return "";
		}
		String text = texts.getOrDefault(language, texts.getOrDefault("en", ""));
		return text == null ? "" : text;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
