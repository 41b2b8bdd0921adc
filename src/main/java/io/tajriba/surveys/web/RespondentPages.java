package io.tajriba.surveys.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.RateLimiter;
import io.tajriba.platform.RateLimits;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.AnswerError;
import io.tajriba.surveys.internal.Respondents;
import io.tajriba.surveys.internal.Respondents.Outcome;
import io.tajriba.surveys.internal.Respondents.State;
import io.tajriba.surveys.internal.Respondents.Visit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
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
 * The page a respondent opens from their invitation: works without JavaScript, in the survey's language closest to
 * theirs, right to left where due; answers are checked against their questions and saved as they go.
 */
@Controller
class RespondentPages {

	/** A field that people leave empty and form-filling bots do not. */
	static final String HONEYPOT = "website";

	private final Respondents respondents;
	private final LocaleResolver locales;
	private final RateLimiter perAddress;
	private final RateLimiter perSurvey;

	RespondentPages(Respondents respondents, LocaleResolver locales, RateLimits limits,
			@Value("${tajriba.surveys.submissions-per-address:60}") int perAddress,
			@Value("${tajriba.surveys.submissions-per-survey:6000}") int perSurvey) {
		this.respondents = respondents;
		this.locales = locales;
		this.perAddress = limits.shared("survey-submissions-per-address", perAddress, Duration.ofMinutes(1));
		this.perSurvey = limits.shared("survey-submissions-per-survey", perSurvey, Duration.ofMinutes(1));
	}

	@GetMapping("/s/{token}")
	String show(@PathVariable String token, @RequestParam(defaultValue = "") String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Visit visit = respondents.open(token, lang).orElseThrow(() -> new NotFoundException("Invitation"));
		return page(visit, Map.of(), model, request, response);
	}

	@PostMapping("/s/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String lang = form.getFirst("lang") == null ? "" : form.getFirst("lang");
		if (!perAddress.allow(request.getRemoteAddr())) {
			return busy(token, lang, model, request, response);
		}
		String trap = form.getFirst(HONEYPOT);
		if (trap != null && !trap.isBlank()) {
			// a bot: thank it and keep nothing
			Visit visit = respondents.open(token, lang).orElseThrow(() -> new NotFoundException("Invitation"));
			return page(new Visit(State.ANSWERED, visit.survey(), visit.definition(), visit.language(), Map.of()),
					Map.of(), model, request, response);
		}
		Map<String, Answer> given = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q.")) {
				List<String> filled = values.stream().filter(v -> !v.isBlank()).toList();
				String key = name.substring(2);
				given.put(key, filled.size() == 1 && !name.endsWith("[]") ? Answer.text(filled.getFirst())
						: Answer.choices(filled));
			}
		});
		Map<String, Answer> cleaned = new LinkedHashMap<>();
		given.forEach((key, answer) -> cleaned.put(key.endsWith("[]") ? key.substring(0, key.length() - 2) : key, answer));
		// the questions the page showed; without them (a plain post) every visible question counts as asked
		Set<String> shown = form.containsKey("shown") ? Set.copyOf(form.get("shown")) : null;
		// the invitation and its survey are read once, by the submission, which asks the survey's limit first
		Outcome outcome = respondents.submit(token, lang, cleaned, shown, survey -> perSurvey.allow(survey.id().toString()))
			.orElseThrow(() -> new NotFoundException("Invitation"));
		if (outcome.refused()) {
			return busy(outcome.visit(), model, request, response);
		}
		Map<String, AnswerError> errors = new HashMap<>();
		outcome.errors().forEach(e -> errors.putIfAbsent(e.question(), e));
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		else if (!outcome.complete() && outcome.visit().state() != State.OPEN) {
			response.setStatus(409);
		}
		return page(outcome.visit(), errors, model, request, response);
	}

	/** Too many submissions: 429, the form kept for a later try. */
	private String busy(String token, String lang, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return busy(respondents.open(token, lang).orElseThrow(() -> new NotFoundException("Invitation")), model, request,
				response);
	}

	private String busy(Visit visit, Model model, HttpServletRequest request, HttpServletResponse response) {
		String view = page(visit, Map.of(), model, request, response);
		response.setStatus(429);
		model.addAttribute("busy", true);
		return view;
	}

	@GetMapping("/s/{token}/unsubscribe")
	String unsubscribeForm(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Visit visit = respondents.open(token, "").orElseThrow(() -> new NotFoundException("Invitation"));
		language(visit, request, response);
		model.addAttribute("done", false);
		return "survey/unsubscribe";
	}

	@PostMapping("/s/{token}/unsubscribe")
	String unsubscribe(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Visit visit = respondents.open(token, "").orElseThrow(() -> new NotFoundException("Invitation"));
		respondents.unsubscribe(token);
		language(visit, request, response);
		model.addAttribute("done", true);
		return "survey/unsubscribe";
	}

	private void language(Visit visit, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = Locale.forLanguageTag(visit.language());
		locales.setLocale(request, response, locale);
		LocaleContextHolder.setLocale(locale);
	}

	private String page(Visit visit, Map<String, AnswerError> errors, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		language(visit, request, response);
		if (visit.state() == State.EXPIRED || visit.state() == State.CLOSED) {
			response.setStatus(410);
		}
		model.addAttribute("visit", visit);
		model.addAttribute("errors", errors);
		model.addAttribute("language", visit.language());
		return "survey/respond";
	}
}
