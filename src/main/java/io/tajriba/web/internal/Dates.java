package io.tajriba.web.internal;

import java.time.Instant;
import java.time.ZoneId;

import io.tajriba.web.domain.CalendarDates;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For templates: {@code ${@dates.dateTime(instant)}} in the current workspace's calendar and time zone. */
@Component("dates")
class Dates {

	private final Workspaces workspaces;

	Dates(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.date(instant, zone(), calendar(), language());
	}

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.dateTime(instant, zone(), calendar(), language());
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "" : CalendarDates.time(instant, zone(), language());
	}

	private @Nullable Workspace workspace() {
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
