package io.tajriba.web.internal;

import java.util.Locale;

import io.tajriba.actions.Notifications;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Gives every page what its layout shows: language and direction, the current workspace and the switcher. */
@Component
class LayoutInterceptor implements HandlerInterceptor {

	private final Workspaces workspaces;
	private final Notifications notifications;

	LayoutInterceptor(Workspaces workspaces, Notifications notifications) {
		this.workspaces = workspaces;
		this.notifications = notifications;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		page.addObject("lang", locale.getLanguage());
		page.addObject("dir", Languages.isRightToLeft(locale.getLanguage()) ? "rtl" : "ltr");
		page.addObject("languages", Languages.SUPPORTED);
		page.addObject("requestPath", request.getRequestURI());
		page.addObject("languageQuery", queryWithoutLanguage(request.getQueryString()));
		workspaces.currentIfAny().filter(access -> access.isUser()).ifPresent(access -> {
			page.addObject("access", access);
			page.addObject("workspace", workspaces.workspace(access.workspaceId()));
			page.addObject("memberships", workspaces.mine());
			page.addObject("unread", notifications.unread(access.workspaceId(), access.userId()));
		});
	}

	/** The query of the page (its filters), without {@code lang}, ready to take {@code lang=..} at its end. */
	static String queryWithoutLanguage(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return "?";
		}
		StringBuilder kept = new StringBuilder("?");
		for (String part : query.split("&")) {
			if (!part.isEmpty() && !part.equals("lang") && !part.startsWith("lang=")) {
				kept.append(part).append('&');
			}
		}
		return kept.toString();
	}
}
