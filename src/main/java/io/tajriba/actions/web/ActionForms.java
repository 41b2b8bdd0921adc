package io.tajriba.actions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.domain.ActionStatus;
import io.tajriba.actions.domain.InsightLink;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** What the action pages share: reading form fields, naming the field at fault, and where an insight lives. */
final class ActionForms {

	static final List<String> STATUSES = List.of(ActionStatus.values()).stream().map(ActionStatus::id).toList();

	private ActionForms() {
	}

	/** A day as the workspace's calendar shows it: its noon in the workspace's time zone. */
	record Noon(ZoneId zone) {

		public @Nullable Instant of(@Nullable LocalDate day) {
			return day == null ? null : day.atTime(12, 0).atZone(zone).toInstant();
		}
	}

	static @Nullable UUID id(String field, @Nullable String value) {
		String text = blank(value);
		try {
			return text == null ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	static @Nullable Integer number(String field, @Nullable String value) {
		String text = blank(value);
		try {
			return text == null ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(field, "must be a whole number from 0 to 100");
		}
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The page an insight is shown on: the journey map for a pain point, the overview of the driver's survey, the
	 * themes, the loop figures for a root cause; none yet for an idea.
	 */
	static @Nullable String page(@Nullable InsightLink insight) {
		if (insight == null) {
			return null;
		}
		return switch (insight.kind()) {
			case "pain_point" -> "/journeys";
			case "driver" -> overview(insight.ref());
			case "theme" -> "/text/themes";
			case "root_cause" -> "/loop";
			default -> null;
		};
	}

	/** The overview of a driver's survey, when its reference names one; links carry an id, never what was typed. */
	private static String overview(String ref) {
		try {
			return "/?survey=" + UUID.fromString(ref.substring(0, ref.indexOf(':')));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			return "/";
		}
	}
}
