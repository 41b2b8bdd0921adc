package io.tajriba.web.internal;

import java.util.Locale;
import java.util.Optional;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one the reader chose (a cookie), else the workspace's default, else the browser's
 * preference among en, fa, ar, he, else English.
 */
class TajribaLocaleResolver implements LocaleResolver {

	static final String COOKIE = "tajriba-lang";
	private static final String CHOSEN_NOW = TajribaLocaleResolver.class.getName() + ".chosen";

	private final Workspaces workspaces;
	private final AccessAdministration administration;

	TajribaLocaleResolver(Workspaces workspaces, AccessAdministration administration) {
		this.workspaces = workspaces;
		this.administration = administration;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(Languages.PAGE_LANGUAGE) instanceof Locale page) {
			return page;
		}
		if (request.getAttribute(CHOSEN_NOW) instanceof Locale locale) {
			return locale;
		}
		return chosen(request).or(() -> workspaceDefault())
			.or(() -> browser(request))
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null || locale == null || !Languages.SUPPORTED.contains(locale.getLanguage())) {
			return;
		}
		request.setAttribute(CHOSEN_NOW, Locale.forLanguageTag(locale.getLanguage()));
		// what the reader chose is also what their notification e-mails are written in
		administration.rememberLanguage(locale.getLanguage());
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static Optional<String> chosen(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && Languages.SUPPORTED.contains(cookie.getValue())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private Optional<String> workspaceDefault() {
		try {
			return workspaces.currentIfAny().map(access -> workspaces.workspace(access.workspaceId()).defaultLocale());
		}
		catch (RuntimeException noWorkspace) {
			return Optional.empty();
		}
	}

	private static Optional<String> browser(HttpServletRequest request) {
		var preferred = request.getLocales();
		while (preferred.hasMoreElements()) {
			String language = preferred.nextElement().getLanguage();
			if (Languages.SUPPORTED.contains(language)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}
}
