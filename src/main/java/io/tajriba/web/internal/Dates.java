package io.tajriba.web.internal;

import java.time.Instant;
import java.time.ZoneId;

import io.tajriba.web.SharedContext;
import io.tajriba.web.domain.CalendarDates;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * For templates: {@code ${@dates.dateTime(instant)}} in the current workspace's calendar and time zone, or those of
 * the workspace a shared page shows ({@link SharedContext}).
 */
@Component("dates")
class Dates {

	private final Workspaces workspaces;

	Dates(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.date(instant, zone(), calendar(), language());
	}

	/** A day (a goal's due day, say) in the workspace's calendar: noon of it in the workspace's zone. */
	public String day(java.time.@Nullable LocalDate day) {
		ZoneId zone = zone();
		return day == null ? "" : CalendarDates.date(day.atTime(12, 0).atZone(zone).toInstant(), zone, calendar(),
				language());
	}

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.dateTime(instant, zone(), calendar(), language());
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.time(instant, zone(), language());
	}

	private @Nullable Workspace workspace() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			Workspace shared = SharedContext.of(attributes.getRequest());
			if (shared != null) {
				return shared;
			}
		}
		return workspaces.currentIfAny().map(access -> workspaces.workspace(access.workspaceId())).orElse(null);
	}

	private ZoneId zone() {
		Workspace workspace = workspace();
		return workspace == null ? ZoneId.of("UTC") : workspace.timeZone();
	}

	private String calendar() {
		Workspace workspace = workspace();
		return workspace == null ? "gregorian" : workspace.calendar().id();
	}

	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}
