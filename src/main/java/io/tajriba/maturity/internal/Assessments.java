package io.tajriba.maturity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.Notifications;
import io.tajriba.maturity.domain.Evaluation;
import io.tajriba.maturity.domain.Maturity;
import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.Rubric;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maturity assessments: owners and admins make one (the evidence frozen as it stands) and invite raters; each rater
 * answers the rubric's items for themselves; an assessment is read beside the one before it.
 */
@Service
public class Assessments {

	public static final Set<String> GROUPS = Set.of("executive", "manager", "frontline");
	static final int MAX_RATERS = 100;

	/** A rater to invite: a member and their group. */
	public record Invite(@Nullable UUID user, @Nullable String group) {
	}

	/** An assessment read: it, its evaluation, and the assessment before it (by the day it stands for), if any. */
	public record Read(Assessment assessment, Evaluation evaluation, @Nullable Assessment previous,
			@Nullable Evaluation previousEvaluation) {
	}

	private final AssessmentStore store;
	private final EvidenceSources sources;
	private final RubricFile rubric;
	private final Workspaces workspaces;
	private final AccessAdministration members;
	private final Clock clock;
	private final Notifications notifications;

	Assessments(AssessmentStore store, EvidenceSources sources, RubricFile rubric, Workspaces workspaces,
			AccessAdministration members, Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.store = store;
		this.sources = sources;
		this.rubric = rubric;
		this.workspaces = workspaces;
		this.members = members;
		this.clock = clock;
	}

	public Rubric rubric() {
		return rubric.rubric();
	}

	/** The evidence read at an instant. */
	public record Now(Instant at, Map<String, Measure> evidence) {
	}

	/** The evidence now, read as an assessment without raters. */
	public Now evidenceNow(Workspace workspace) {
		Instant at = clock.instant();
		return new Now(at, sources.of(workspace, rubric(), at));
	}

	public Evaluation evaluate(Map<String, Measure> evidence) {
		return Maturity.evaluate(rubric(), evidence, List.of());
	}

	/** Makes an assessment standing for now. */
	@Transactional
	public UUID create(Access access, @Nullable String name, List<Invite> raters) {
		return create(access, name, raters, clock.instant());
	}

	/** Makes an assessment standing for {@code asOf} (now from the API; a past day for the demo's history). */
	@Transactional
	public UUID create(Access access, @Nullable String name, List<Invite> raters, Instant asOf) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins start a maturity assessment");
		}
		String title = name == null ? "" : name.strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new InvalidFieldException("name", "is required, at most 200 characters");
		}
		if (raters.size() > MAX_RATERS) {
			throw new InvalidFieldException("raters", "at most " + MAX_RATERS + " raters");
		}
		Map<UUID, String> invited = checked(access.workspaceId(), raters);
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Instant now = clock.instant();
		UUID id = store.insert(workspace.id(), title, asOf, rubric().version(), sources.of(workspace, rubric(), asOf),
				access.actor(), now);
		invited.forEach((user, group) -> store.invite(workspace.id(), id, user, group, now));
		if (!asOf.isBefore(now.minus(java.time.Duration.ofDays(1)))) {
			tell(access, id, title, invited.keySet(), now);
		}
		return id;
	}

	/**
	 * Tells the invited raters (not the one inviting) in the app and by mail, leading to the questionnaire; an
	 * assessment standing for a day long past (the demo's history) asks nobody.
	 */
	private void tell(Access access, UUID id, String title, Set<UUID> raters, Instant now) {
		Set<UUID> told = new HashSet<>(raters);
		if (access.userId() != null) {
			told.remove(access.userId());
		}
		if (!told.isEmpty()) {
			String by = members.membersOf(access.workspaceId()).stream()
				.filter(m -> m.userId().equals(access.userId())).map(Member::displayName).findFirst()
				.orElse(access.actor());
			notifications.notify(access.workspaceId(), told, "maturity_invite",
					Map.of("number", "", "title", title, "by", by), "/maturity/assessments/" + id + "/rate", now);
		}
	}

	private Map<UUID, String> checked(UUID workspaceId, List<Invite> raters) {
		Set<UUID> present = new HashSet<>();
		members.membersOf(workspaceId).stream().map(Member::userId).forEach(present::add);
		Map<UUID, String> invited = new LinkedHashMap<>();
		for (int i = 0; i < raters.size(); i++) {
			Invite r = raters.get(i);
			if (r == null || r.user() == null || !present.contains(r.user())) {
				throw new InvalidFieldException("raters[" + i + "].user", "must be a member of the workspace");
			}
			if (r.group() == null || !GROUPS.contains(r.group())) {
				throw new InvalidFieldException("raters[" + i + "].group", "must be executive, manager or frontline");
			}
			if (invited.put(r.user(), r.group()) != null) {
				throw new InvalidFieldException("raters[" + i + "].user", "is invited twice");
			}
		}
		return invited;
	}

	/** Adds raters to an open assessment (owners and admins). */
	@Transactional
	public void invite(Access access, UUID id, List<Invite> raters) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins invite raters");
		}
		Assessment a = find(access, id);
		if (!a.open()) {
			throw new InvalidFieldException("status", "the assessment is closed");
		}
		Instant now = clock.instant();
		Map<UUID, String> invited = checked(access.workspaceId(), raters);
		Set<UUID> known = new HashSet<>();
		a.raters().forEach(r -> known.add(r.user()));
		invited.forEach((user, group) -> store.invite(access.workspaceId(), id, user, group, now));
		Set<UUID> fresh = new HashSet<>(invited.keySet());
		fresh.removeAll(known);
		tell(access, id, a.name(), fresh, now);
	}

	/**
	 * The caller's ratings (item key to 1 to 5) of an open assessment they were invited to; an item answered again
	 * takes the new rating. Every bad item is named, and nothing is stored unless all are good.
	 */
	@Transactional
	public Assessment rate(Access access, UUID id, @Nullable Map<String, ?> ratings) {
		Assessment a = store.find(access.workspaceId(), id).orElseThrow(() -> new NotFoundException("assessment " + id));
		if (access.userId() == null || a.raters().stream().noneMatch(r -> r.user().equals(access.userId()))) {
			throw new AccessDeniedException("Only the assessment's invited raters rate it");
		}
		if (!a.open()) {
			throw new InvalidFieldException("status", "the assessment is closed");
		}
		if (ratings == null || ratings.isEmpty()) {
			throw new InvalidFieldException("ratings", "give at least one item's rating, 1 to 5");
		}
		Map<String, Integer> good = new LinkedHashMap<>();
		for (Map.Entry<String, ?> e : ratings.entrySet()) {
			if (rubric().item(e.getKey()).isEmpty()) {
				throw new InvalidFieldException("ratings." + e.getKey(), "is not an item of the rubric");
			}
			if (!(e.getValue() instanceof Integer rating) || rating < 1 || rating > 5) {
				throw new InvalidFieldException("ratings." + e.getKey(), "must be a whole number from 1 to 5");
			}
			good.put(e.getKey(), rating);
		}
		store.rate(access.workspaceId(), id, access.userId(), good, clock.instant());
		return store.find(access.workspaceId(), id).orElseThrow();
	}

	@Transactional
	public void close(Access access, UUID id) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins close an assessment");
		}
		find(access, id);
		store.close(access.workspaceId(), id, clock.instant());
	}

	/** An assessment as the report reads it (agents see only the ones they rate, through the questionnaire). */
	public Read read(Access access, UUID id) {
		Assessment a = find(access, id);
		Assessment previous = store.before(access.workspaceId(), a.asOf()).orElse(null);
		return new Read(a, evaluation(a), previous, previous == null ? null : evaluation(previous));
	}

	/** The caller's own questionnaire: the assessment, for an invited rater of any role. */
	public Assessment questionnaire(Access access, UUID id) {
		Assessment a = store.find(access.workspaceId(), id).orElseThrow(() -> new NotFoundException("assessment " + id));
		boolean rater = access.userId() != null && a.raters().stream().anyMatch(r -> r.user().equals(access.userId()));
		if (!rater && !access.role().canAdminister()) {
			throw new NotFoundException("assessment " + id);
		}
		return a;
	}

	/** Newest first. */
	public List<Assessment> list(Access access) {
		if (!readsReport(access)) {
			return store.list(access.workspaceId()).stream().filter(a -> a.raters().stream()
				.anyMatch(r -> r.user().equals(access.userId()))).toList();
		}
		return store.list(access.workspaceId());
	}

	public Evaluation evaluation(Assessment a) {
		return Maturity.evaluate(rubric(), a.evidence(), a.answers());
	}

	private Assessment find(Access access, UUID id) {
		if (!readsReport(access)) {
			throw new NotFoundException("assessment " + id);
		}
		return store.find(access.workspaceId(), id).orElseThrow(() -> new NotFoundException("assessment " + id));
	}

	/** Everyone but agents reads the report; an agent invited to rate sees their questionnaire. */
	public static boolean readsReport(Access access) {
		return access.role() != io.tajriba.workspaces.Role.AGENT;
	}
}
