package io.tajriba.quality.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The review assignments of the weekly sample: read by everyone (members with the agent role only those of the
 * agents whose reviews they see), drawn now for a week that has ended by owners, admins and analysts.
 */
@Service
public class Assignments {

	/**
	 * An interaction to review: the week's Monday, the agent, the interaction, when it happened, {@code random} or
	 * {@code targeted} and why (detractor, negative_text, case), its channel and how many interactions of the
	 * agent's week that channel held, and the review that fulfilled it with its score.
	 */
	public record Assignment(UUID id, LocalDate week, UUID agent, String interaction, Instant occurredAt, String kind,
			@Nullable String reason, String stratum, int stratumSize, @Nullable UUID review,
			@Nullable Double reviewScore) {
	}

	/** A week's assignments; {@code week} null when nothing was drawn yet. */
	public record Week(@Nullable LocalDate week, @Nullable Instant drawnAt, List<Assignment> items) {
	}

	private final SampleStore store;
	private final WeeklySample sample;
	private final ReviewAudience audience;
	private final Workspaces workspaces;

	Assignments(SampleStore store, WeeklySample sample, ReviewAudience audience, Workspaces workspaces) {
		this.workspaces = workspaces;
		this.store = store;
		this.sample = sample;
		this.audience = audience;
	}

	/**
	 * The assignments of a week (the latest drawn week with any when null), of one agent when given, open (not
	 * reviewed) or reviewed when {@code status} says.
	 */
	public Week list(Access access, @Nullable LocalDate week, @Nullable UUID agent, @Nullable String status) {
		Boolean reviewed = status == null || status.isBlank() ? null : switch (status.strip()) {
			case "open" -> false;
			case "reviewed" -> true;
			default -> throw new InvalidFieldException("status", "must be open or reviewed");
		};
		UUID w = access.workspaceId();
		LocalDate shown = week != null ? week : store.weeks(w, true, 1).stream().findFirst().orElse(null);
		if (shown == null) {
			return new Week(null, null, List.of());
		}
		Set<UUID> visible = audience.agents(access);
		List<Assignment> items = store.list(w, shown, agent, reviewed).stream()
			.filter(a -> visible == null || visible.contains(a.agent())).toList();
		return new Week(shown, store.drawnAt(w, shown).orElse(null), items);
	}

	/** One assignment, if the access may see its agent's reviews. */
	public java.util.Optional<Assignment> find(Access access, UUID id) {
		Set<UUID> visible = audience.agents(access);
		return store.find(access.workspaceId(), id).filter(a -> visible == null || visible.contains(a.agent()));
	}

	/** Draws the week now if it was not drawn yet, and answers its assignments either way. */
	public Week draw(Access access, LocalDate week, Instant now) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts draw the review sample");
		}
		if (week.plusWeeks(1).atStartOfDay(workspaces.workspace(access.workspaceId()).timeZone()).toInstant().isAfter(now)) {
			throw new InvalidFieldException("week", "must be a week that has ended");
		}
		sample.draw(access.workspaceId(), week, now);
		return list(access, week, null, null);
	}

	/** The weeks drawn, the latest first. */
	public List<LocalDate> weeks(UUID workspaceId, int limit) {
		return store.weeks(workspaceId, false, limit);
	}

	/** A week's Monday as given (an ISO date), or 422 naming the field. */
	public static LocalDate monday(String field, String text) {
		LocalDate date = Dates.parseDate(field, text);
		if (date == null) {
			throw new InvalidFieldException(field, "is required: a week's Monday (YYYY-MM-DD)");
		}
		if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new InvalidFieldException(field, "must be a Monday: the first day of the week");
		}
		if (date.getYear() < 2000 || date.getYear() > 9000) {
			throw new InvalidFieldException(field, "must be a Monday between the years 2000 and 9000");
		}
		return date;
	}
}
