package io.tajriba.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.CoachingFormat;
import io.tajriba.quality.domain.CoachingStatus;
import io.tajriba.quality.internal.CoachingService.Change;
import io.tajriba.quality.internal.CoachingService.NewAction;
import io.tajriba.quality.internal.CoachingService.NewSession;
import io.tajriba.quality.internal.CoachingSession.Action;
import io.tajriba.quality.internal.CoachingSession.Focus;
import io.tajriba.workspaces.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What a coaching session may hold, each refusal naming its field ({@code focus[0]}, {@code actions[1].text}). */
@Component
class CoachingInput {

	static final int MAX_ACTIONS = 50;
	static final int MAX_FOCUS = 20;

	private final CoachingModules modules;

	CoachingInput(CoachingModules modules) {
		this.modules = modules;
	}

	CoachingSession check(UUID workspaceId, LocalDate today, NewSession s, UUID agent, Member coach, String actor,
			Instant now) {
		if (s.heldOn() == null) {
			throw new InvalidFieldException("heldOn", "is required: the day the session is planned for or was held on");
		}
		LocalDate heldOn = day("heldOn", s.heldOn(), today);
		CoachingFormat format = CoachingService.format(s.format());
		CoachingStatus status = CoachingService.status(s.status());
		held(status, heldOn, today);
		List<Focus> focus = focus(workspaceId, s.focus());
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < s.actions().size(); i++) {
			NewAction a = s.actions().get(i);
			actions.add(new Action(text(i, a.text()), a.done(), a.done() ? now : null));
		}
		actions(actions);
		LocalDate followUp = followUp(s.followUpOn(), heldOn, today);
		UUID module = module(workspaceId, format, s.module());
		return new CoachingSession(new UUID(0, 0), agent, coach.userId(), name(coach), heldOn, format, focus,
				notes(s.notes()), List.copyOf(actions), followUp, module, null, status, actor, now, now);
	}

	CoachingSession apply(CoachingSession s, Change change, LocalDate today, boolean agentOnly, Instant now) {
		LocalDate heldOn = change.heldOn() == null ? s.heldOn() : day("heldOn", change.heldOn(), today);
		CoachingStatus status = change.status() == null ? s.status()
				: s.status().to(CoachingStatus.of("status", change.status()), "status");
		held(status, heldOn, today);
		LocalDate followUp = change.hasFollowUp() ? followUp(change.followUpOn(), heldOn, today) : s.followUpOn();
		if (followUp != null && followUp.isBefore(heldOn)) {
			throw new InvalidFieldException("followUpOn", "must not be before the session's day");
		}
		List<Action> actions = change.actions() == null ? s.actions() : actions(s, change.actions(), agentOnly, now);
		Instant completed = s.moduleCompletedAt();
		if (change.moduleCompleted() != null) {
			if (s.format() != CoachingFormat.ELEARNING) {
				throw new InvalidFieldException("moduleCompleted", "only an e-learning session has a module to complete");
			}
			completed = change.moduleCompleted() ? completed == null ? now : completed : null;
		}
		return new CoachingSession(s.id(), s.agent(), s.coachUser(), s.coachName(), heldOn, s.format(), s.focus(),
				change.hasNotes() ? notes(change.notes()) : s.notes(), actions, followUp, s.module(), completed, status,
				s.createdBy(), s.createdAt(), now);
	}

	private List<Action> actions(CoachingSession s, List<NewAction> sent, boolean agentOnly, Instant now) {
		if (agentOnly && sent.size() != s.actions().size()) {
			throw new AccessDeniedException("The coached agent may only tick the agreed actions done");
		}
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			NewAction a = sent.get(i);
			Action before = i < s.actions().size() ? s.actions().get(i) : null;
			String text = a.text() == null && before != null ? before.text() : text(i, a.text());
			if (agentOnly && !text.equals(before.text())) {
				throw new AccessDeniedException("The coached agent may only tick the agreed actions done");
			}
			Instant doneAt = !a.done() ? null : before != null && before.done() ? before.doneAt() : now;
			actions.add(new Action(text, a.done(), doneAt));
		}
		return actions(actions);
	}

	private static List<Action> actions(List<Action> actions) {
		if (actions.size() > MAX_ACTIONS) {
			throw new InvalidFieldException("actions", "may hold at most " + MAX_ACTIONS + " actions");
		}
		return List.copyOf(actions);
	}

	private static String text(int i, @Nullable String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > 500 || stripped.indexOf('\0') >= 0) {
			throw new InvalidFieldException("actions[" + i + "].text",
					"must have 1 to 500 characters, without the NUL character");
		}
		return stripped;
	}

	private List<Focus> focus(UUID workspaceId, List<Focus> sent) {
		if (sent.isEmpty()) {
			throw new InvalidFieldException("focus", "must name at least one criterion or theme the session works on");
		}
		if (sent.size() > MAX_FOCUS) {
			throw new InvalidFieldException("focus", "may name at most " + MAX_FOCUS + " criteria and themes");
		}
		Set<String> criteria = modules.criteria(workspaceId);
		List<String> themes = modules.themes(workspaceId);
		Set<Focus> focus = new LinkedHashSet<>();
		for (int i = 0; i < sent.size(); i++) {
			Focus f = sent.get(i);
			boolean known = f.criterion() ? criteria.contains(f.key())
					: f.kind().equals(TrainingNeed.THEME) && themes.contains(f.key());
			if (!known) {
				throw new InvalidFieldException("focus[" + i + "]",
						"must be {\"kind\":\"criterion\",\"key\":..} with a criterion of the workspace's scorecards or "
								+ "{\"kind\":\"theme\",\"key\":..} with one of its themes");
			}
			focus.add(f);
		}
		return List.copyOf(focus);
	}

	private @Nullable UUID module(UUID workspaceId, CoachingFormat format, @Nullable UUID module) {
		if (format != CoachingFormat.ELEARNING) {
			if (module != null) {
				throw new InvalidFieldException("module", "is only given for an e-learning session");
			}
			return null;
		}
		if (module == null || modules.find(workspaceId, module).isEmpty()) {
			throw new InvalidFieldException("module", "is required for e-learning: the id of a module of the catalogue");
		}
		return module;
	}

	private static void held(CoachingStatus status, LocalDate heldOn, LocalDate today) {
		if (status.held() && heldOn.isAfter(today)) {
			throw new InvalidFieldException("heldOn", "a session held or completed cannot be on a day still ahead");
		}
	}

	private static LocalDate day(String field, LocalDate day, LocalDate today) {
		if (day.isBefore(today.minusYears(10)) || day.isAfter(today.plusYears(10))) {
			throw new InvalidFieldException(field, "must lie within ten years of today");
		}
		return day;
	}

	private static @Nullable LocalDate followUp(@Nullable LocalDate followUp, LocalDate heldOn, LocalDate today) {
		if (followUp == null) {
			return null;
		}
		day("followUpOn", followUp, today);
		if (followUp.isBefore(heldOn)) {
			throw new InvalidFieldException("followUpOn", "must not be before the session's day");
		}
		return followUp;
	}

	private static @Nullable String notes(@Nullable String notes) {
		if (notes == null || notes.isBlank()) {
			return null;
		}
		if (notes.length() > 10000 || notes.indexOf('\0') >= 0) {
			throw new InvalidFieldException("notes", "must have at most 10000 characters, without the NUL character");
		}
		return notes.strip();
	}

	private static String name(Member coach) {
		String name = coach.displayName() == null || coach.displayName().isBlank() ? coach.email() : coach.displayName();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
