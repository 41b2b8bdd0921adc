package io.tajriba.employees.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tajriba.employees.internal.IdeaLinks;
import io.tajriba.employees.internal.IdeaService;
import io.tajriba.employees.web.IdeaJson.SimilarView;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.RateLimiter;
import io.tajriba.platform.RateLimits;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The idea box through the workspace's anonymous link: the ideas (titles, status, votes, never who sent them) and
 * a form whose ideas are recorded without a submitter. Submissions are limited per address and per link; a form
 * filled in by a bot (the hidden website field) is thanked and dropped.
 */
@Controller
class IdeaLinkPages {

	static final String HONEYPOT = "website";

	private final IdeaLinks links;
	private final IdeaService ideas;
	private final Workspaces workspaces;
	private final LocaleResolver locales;
	private final RateLimiter perAddress;
	private final RateLimiter perLink;

	IdeaLinkPages(IdeaLinks links, IdeaService ideas, Workspaces workspaces, LocaleResolver locales,
			RateLimits limits, @Value("${tajriba.ideas.anonymous-per-address:30}") int perAddress,
			@Value("${tajriba.ideas.anonymous-per-link:200}") int perLink) {
		this.links = links;
		this.ideas = ideas;
		this.workspaces = workspaces;
		this.locales = locales;
		this.perAddress = limits.shared("idea-submissions-per-address", perAddress, Duration.ofMinutes(10));
		this.perLink = limits.shared("idea-submissions-per-link", perLink, Duration.ofHours(1));
	}

	@GetMapping("/s/ideas/{token}")
	String show(@PathVariable String token, @RequestParam(defaultValue = "") String lang,
			@RequestParam(defaultValue = "false") boolean sent, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UUID workspaceId = workspace(token);
		model.addAttribute("sent", sent);
		return page(workspaceId, token, lang, model, request, response);
	}

	@PostMapping("/s/ideas/{token}")
	String submit(@PathVariable String token, @RequestParam(defaultValue = "") String lang,
			@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String body,
			@RequestParam(name = HONEYPOT, required = false) @Nullable String trap, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		UUID workspaceId = workspace(token);
		String language = language(workspaceId, lang);
		if (trap != null && !trap.isBlank()) {
			return "redirect:/s/ideas/" + token + "?sent=true&lang=" + language;
		}
		if (!perAddress.allow(request.getRemoteAddr()) || !perLink.allow(workspaceId.toString())) {
			response.setStatus(429);
			model.addAttribute("busy", true);
			return keep(workspaceId, token, lang, title, body, model, request, response);
		}
		try {
			ideas.submitAnonymously(workspaceId, new IdeaService.Submission(title, body, language, null, null, null,
					null));
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return keep(workspaceId, token, lang, title, body, model, request, response);
		}
		return "redirect:/s/ideas/" + token + "?sent=true&lang=" + language;
	}

	@GetMapping("/s/ideas/{token}/similar")
	@ResponseBody
	List<SimilarView> similar(@PathVariable String token, @RequestParam(defaultValue = "") String text) {
		return ideas.similar(workspace(token), text).stream().map(SimilarView::of).toList();
	}

	private String keep(UUID workspaceId, String token, String lang, @Nullable String title, @Nullable String body,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("typedTitle", title);
		model.addAttribute("typedBody", body);
		model.addAttribute("sent", false);
		return page(workspaceId, token, lang, model, request, response);
	}

	private String page(UUID workspaceId, String token, String lang, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String language = language(workspaceId, lang);
		Locale locale = Locale.forLanguageTag(language);
		locales.setLocale(request, response, locale);
		LocaleContextHolder.setLocale(locale);
		model.addAttribute("token", token);
		model.addAttribute("language", language);
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("workspaceName", workspaces.workspace(workspaceId).name());
		model.addAttribute("ideas", ideas.listByVotes(workspaceId).stream()
			.filter(r -> r.idea().status() != io.tajriba.employees.domain.IdeaStatus.DUPLICATE).toList());
		return "ideas/public";
	}

	/** The language asked for, else the workspace's own. */
	private String language(UUID workspaceId, String lang) {
		if (Languages.SUPPORTED.contains(lang)) {
			return lang;
		}
		String own = workspaces.workspace(workspaceId).defaultLocale().split("[-_]", 2)[0];
		return Languages.SUPPORTED.contains(own) ? own : "en";
	}

	private UUID workspace(String token) {
		return links.workspaceOf(token).orElseThrow(() -> new NotFoundException("Idea box"));
	}
}
