package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.domain.CalibrationAgreement;
import io.tajriba.quality.domain.ReviewScore;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration sessions: owners, admins and analysts start one (a scorecard's current version, 1 to 50 interactions,
 * 2 to 10 members who may review) and close it; each listed reviewer scores each interaction once, blind. Members
 * with the agent role do not see sessions: calibration is the reviewers' exercise, and its scores are no review of
 * the agent (they never count in the quality score or the review list).
 */
@Service
public class CalibrationService {

	public record NewSession(@Nullable String name, @Nullable UUID scorecard, List<String> interactions,
			List<UUID> reviewers) {
	}

	/** A score: the interaction's event id, a criterion's key to its point (null for N/A), comments per criterion. */
	public record NewScore(@Nullable String interaction, Map<String, @Nullable Integer> answers,
			Map<String, String> comments) {
	}

	public record Item(int position, String interaction, @Nullable UUID agent) {
	}

	public record Session(UUID id, String name, UUID scorecard, UUID versionId, int version, String status,
			String createdBy, @Nullable UUID createdByUser, Instant createdAt, @Nullable Instant closedAt, List<Item> items,
			List<UUID> reviewers) {

		public boolean closed() {
			return status.equals("closed");
		}
	}

	public record Score(String interaction, UUID reviewer, Map<String, @Nullable Integer> answers,
			Map<String, String> comments, @Nullable Double score, List<String> autoFailed, Instant submittedAt) {
	}

	/** A session in the list: how many scores are in of items × reviewers, and how many of them are the caller's. */
	public record Summary(Session session, String scorecardName, int items, int reviewers, int submitted, int mine,
			boolean listed) {
	}

	private final CalibrationStore store;
	private final ScorecardService scorecards;
	private final CalibrationChecks checks;
	private final Clock clock;

	CalibrationService(CalibrationStore store, ScorecardService scorecards, CalibrationChecks checks, Clock clock) {
		this.store = store;
		this.scorecards = scorecards;
		this.checks = checks;
		this.clock = clock;
	}

	@Transactional
	public Session create(Access access, NewSession session) {
		ScorecardService.requireWriter(access);
		UUID w = access.workspaceId();
		String name = session.name() == null ? "" : session.name().strip();
		if (name.isEmpty() || name.length() > 120 || name.indexOf('\0') >= 0) {
			throw new InvalidFieldException("name", "is required, 1 to 120 characters");
		}
		if (session.scorecard() == null) {
			throw new InvalidFieldException("scorecard", "is required: the id of one of the workspace's scorecards");
		}
		ScorecardService.Version card;
		try {
			card = scorecards.current(w, session.scorecard());
		}
		catch (NotFoundException e) {
			throw new InvalidFieldException("scorecard", "must be the id of one of the workspace's scorecards");
		}
		List<Item> items = checks.items(w, session.interactions());
		List<UUID> reviewers = checks.reviewers(w, session.reviewers());
		Instant now = clock.instant();
		UUID id = store.insert(w, name, card, access.actor(), access.userId(), now, items, reviewers);
		return get(access, id);
	}

	public List<Summary> list(Access access) {
		return access.role() == Role.AGENT ? List.of() : store.list(access.workspaceId(), access.userId());
	}

	public Session get(Access access, UUID id) {
		if (access.role() == Role.AGENT) {
			throw new NotFoundException("Calibration session");
		}
		return store.find(access.workspaceId(), id, false).orElseThrow(() -> new NotFoundException("Calibration session"));
	}

	/** The session as the caller may see it: blind until they have scored, the agreement when it may show. */
	public CalibrationSheet sheet(Access access, UUID id) {
		Session session = get(access, id);
		ScorecardService.Version version = scorecards.version(access.workspaceId(), session.versionId()).orElseThrow();
		return CalibrationSheet.of(access, session, version, store.scores(access.workspaceId(), id));
	}

	/** A scorecard's latest session closed before an instant, and its panel's overall agreement. */
	public record Closed(UUID scorecard, String scorecardName, UUID session, Instant closedAt, @Nullable Double alpha,
			long n) {
	}

	/** Per scorecard, its latest calibration session closed before {@code before} with its overall alpha. */
	public List<Closed> latestClosed(UUID workspaceId, Instant before) {
		java.util.Map<UUID, Closed> latest = new java.util.LinkedHashMap<>();
		for (Summary summary : store.list(workspaceId, null)) {
			Session s = summary.session();
			if (!s.closed() || s.closedAt() == null || !s.closedAt().isBefore(before)
					|| latest.containsKey(s.scorecard()) && latest.get(s.scorecard()).closedAt().isAfter(s.closedAt())) {
				continue;
			}
			Session full = store.find(workspaceId, s.id(), false).orElseThrow();
			ScorecardService.Version version = scorecards.version(workspaceId, full.versionId()).orElseThrow();
			CalibrationAgreement.Alpha alpha = CalibrationSheet.agreement(full, version,
					store.scores(workspaceId, s.id())).overall();
			latest.put(s.scorecard(), new Closed(s.scorecard(), summary.scorecardName(), s.id(), s.closedAt(),
					alpha.alpha(), alpha.n()));
		}
		return List.copyOf(latest.values());
	}

	/** The members of the workspace who may review: owners, admins and analysts. */
	public List<Member> possibleReviewers(UUID workspaceId) {
		return checks.possibleReviewers(workspaceId);
	}

	@Transactional
	public Score submit(Access access, UUID id, NewScore score) {
		UUID w = access.workspaceId();
		get(access, id);
		Session session = store.find(w, id, true).orElseThrow(() -> new NotFoundException("Calibration session"));
		if (access.userId() == null || !session.reviewers().contains(access.userId())) {
			throw new AccessDeniedException("Only the session's reviewers score it");
		}
		if (session.closed()) {
			throw new CalibrationConflictException("The session is closed: it takes no more scores");
		}
		if (score.interaction() == null || session.items().stream()
			.noneMatch(i -> i.interaction().equals(score.interaction()))) {
			throw new InvalidFieldException("interaction", "must be the id of one of the session's interactions");
		}
		ScorecardService.Version card = scorecards.version(w, session.versionId()).orElseThrow();
		ReviewScore scored;
		try {
			scored = ReviewScore.of(card.card().scoring(), score.answers());
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException(e.field().replaceFirst("^scores\\.", "answers."), e.getMessage());
		}
		score.comments().forEach((key, text) -> {
			if (card.card().scoring().stream().noneMatch(c -> c.key().equals(key))) {
				throw new InvalidFieldException("comments." + key, "is not a criterion of this scorecard");
			}
			if (text.length() > 4000 || text.indexOf('\0') >= 0) {
				throw new InvalidFieldException("comments." + key, "must have at most 4000 characters, and no NUL");
			}
		});
		Score kept = new Score(score.interaction(), access.userId(), score.answers(), score.comments(), scored.score(),
				scored.autoFailed(), clock.instant());
		if (!store.insertScore(w, id, kept)) {
			throw new CalibrationConflictException("This interaction is scored already: blind scores do not change "
					+ "once the others' can be seen");
		}
		return kept;
	}

	/** Closes the session: no more scores, and everyone who may read it sees every score and the agreement. */
	@Transactional
	public Session close(Access access, UUID id) {
		Session session = get(access, id);
		ScorecardService.requireWriter(access);
		if (!session.closed()) {
			store.find(access.workspaceId(), id, true);
			store.close(access.workspaceId(), id, clock.instant());
		}
		return get(access, id);
	}
}
