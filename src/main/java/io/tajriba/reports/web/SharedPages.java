package io.tajriba.reports.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.RateLimiter;
import io.tajriba.platform.RateLimits;
import io.tajriba.reports.domain.ShareLink;
import io.tajriba.reports.domain.ShareRules;
import io.tajriba.reports.internal.ShareLinkService;
import io.tajriba.reports.internal.ShareLinkService.Closed;
import io.tajriba.reports.internal.ShareLinkService.Open;
import io.tajriba.reports.internal.ShareLinkService.Opening;
import io.tajriba.web.SharedContext;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspace;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A share link opened by someone without an account: the link's view with the link's filters and no others (any
 * other parameter in the address is a 400), figures only; a password first if the link has one (right answers are
 * remembered for an hour in the reader's session, wrong ones limited per address); 404 for a token that opens
 * nothing, 410 Gone for a revoked or expired link. Every showing of the view is recorded.
 */
@Controller
class SharedPages {

	static final Duration UNLOCKED_FOR = Duration.ofHours(1);
	private static final String UNLOCKED = SharedPages.class.getName() + ".unlocked.";

	private final ShareLinkService links;
	private final Clock clock;
	private final RateLimiter perAddress;
	private final RateLimiter perLink;

	SharedPages(ShareLinkService links, Clock clock, RateLimits limits) {
		this.links = links;
		this.clock = clock;
		this.perAddress = limits.shared("share-link-password-per-address", 5, Duration.ofMinutes(15));
		this.perLink = limits.shared("share-link-password-per-link", 50, Duration.ofHours(1));
	}

	@GetMapping("/shared/{token}")
	String show(@PathVariable String token, @RequestParam(defaultValue = "") String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		keepPrivate(response);
		Opening opening = links.open(token);
		if (refused(request, false, opening, lang, model, response)) {
			return "reports/shared-message";
		}
		if (!(opening instanceof Open open)) {
			return gone(opening, lang, model, request, response);
		}
		language(open.link(), lang, request);
		if (open.passwordHash() != null && !unlocked(request, open.link())) {
			return password(open.link(), token, lang, model, request);
		}
		links.viewed(open.link(), request.getRemoteAddr(), request.getHeader("User-Agent"));
		Workspace workspace = links.workspace(open.link());
		model.addAllAttributes(links.overview(open.link(), LocaleContextHolder.getLocale()));
		model.addAttribute("link", open.link());
		model.addAttribute("sharedWorkspace", workspace);
		return "reports/shared-overview";
	}

	@PostMapping("/shared/{token}")
	String unlock(@PathVariable String token, @RequestParam(defaultValue = "") String lang,
			@RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		keepPrivate(response);
		Opening opening = links.open(token);
		if (refused(request, true, opening, lang, model, response)) {
			return "reports/shared-message";
		}
		if (!(opening instanceof Open open)) {
			return gone(opening, lang, model, request, response);
		}
		ShareLink link = open.link();
		language(link, lang, request);
		if (open.passwordHash() == null) {
			return "redirect:" + address(token, lang);
		}
		if (!perAddress.allow(link.id() + "|" + request.getRemoteAddr()) || !perLink.allow(link.id().toString())) {
			response.setStatus(429);
			model.addAttribute("busy", true);
			return password(link, token, lang, model, request);
		}
		if (!links.passwordMatches(open, password)) {
			response.setStatus(401);
			model.addAttribute("wrong", true);
			return password(link, token, lang, model, request);
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		request.getSession().setAttribute(UNLOCKED + link.id(), clock.instant().plus(UNLOCKED_FOR));
		return "redirect:" + address(token, lang);
	}

	private static String address(String token, String lang) {
		return "/shared/" + token + (Languages.SUPPORTED.contains(lang) ? "?lang=" + lang : "");
	}

	/** The page is nobody's to keep: not cached, its address (the token) not sent on to other sites. */
	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

	private boolean unlocked(HttpServletRequest request, ShareLink link) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(UNLOCKED + link.id()) instanceof Instant until
				&& clock.instant().isBefore(until);
	}

	private boolean refused(HttpServletRequest request, boolean form, Opening opening, String lang, Model model,
			HttpServletResponse response) {
		Set<String> refused = ShareRules.refused(Collections.list(request.getParameterNames()), form);
		if (refused.isEmpty()) {
			return false;
		}
		if (opening instanceof Open open) {
			language(open.link(), lang, request);
		}
		else {
			language(null, lang, request);
		}
		response.setStatus(400);
		model.addAttribute("kind", "refused");
		model.addAttribute("refused", String.join(", ", refused));
		return true;
	}

	private String gone(Opening opening, String lang, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		language(opening instanceof Closed closed ? closed.link() : null, lang, request);
		response.setStatus(opening instanceof Closed ? 410 : 404);
		model.addAttribute("kind", "gone");
		return "reports/shared-message";
	}

	private String password(ShareLink link, String token, String lang, Model model, HttpServletRequest request) {
		model.addAttribute("token", token);
		model.addAttribute("chosenLang", Languages.SUPPORTED.contains(lang) ? lang : "");
		model.addAttribute("link", link);
		model.addAttribute("sharedWorkspace", links.workspace(link));
		return "reports/shared-password";
	}

	/** The language asked for, else the link's workspace's own, else the reader's. */
	private void language(@Nullable ShareLink link, String lang, HttpServletRequest request) {
		String language = lang;
		if (!Languages.SUPPORTED.contains(language) && link != null) {
			language = links.workspace(link).defaultLocale().split("[-_]", 2)[0];
		}
		if (link != null) {
			SharedContext.set(request, links.workspace(link));
		}
		if (Languages.SUPPORTED.contains(language)) {
			Locale locale = Locale.forLanguageTag(language);
			request.setAttribute(Languages.PAGE_LANGUAGE, locale);
			LocaleContextHolder.setLocale(locale);
		}
	}
}
