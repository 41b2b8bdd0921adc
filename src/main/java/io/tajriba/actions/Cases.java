package io.tajriba.actions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.internal.Backfill;
import io.tajriba.actions.internal.CaseFeed;
import io.tajriba.actions.internal.CaseLinks;
import io.tajriba.actions.internal.CaseInbox;
import io.tajriba.actions.internal.CaseService;
import io.tajriba.actions.internal.Escalations;
import io.tajriba.actions.internal.WorkTime;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Cases for other modules: the cases an access may see, a rule applied to the recent past, and a case's history recorded as
 * it happened (the demo company's, or one brought over from another system), each step at its own instant.
 */
@Service
public class Cases {

	private final CaseInbox inbox;
	private final CaseService cases;
	private final Backfill backfill;
	private final Escalations escalations;
	private final WorkTime workTime;
	private final CaseLinks links;
	private final CaseFeed feed;

	Cases(CaseInbox inbox, CaseService cases, Backfill backfill, Escalations escalations, WorkTime workTime,
			CaseLinks links, CaseFeed feed) {
		this.feed = feed;
		this.links = links;
		this.workTime = workTime;
		this.inbox = inbox;
		this.cases = cases;
		this.backfill = backfill;
		this.escalations = escalations;
	}

	/** A page of all the cases the access may see, oldest first within the page order of the API (newest first). */
	public List<CaseView> list(Access access, int page, int size) {
		List<CaseView> found = inbox.list(access, new CaseInbox.Query("all", null, null, null, null, null, null,
				false, false), page, size);
		return found.subList(0, Math.min(size, found.size()));
	}

	/** Whether the workspace has this case, whoever may see it: for other modules that refer to a case. */
	public boolean exists(UUID workspaceId, UUID caseId) {
		return cases.exists(workspaceId, caseId);
	}

	/**
	 * The interactions that occurred in [from, to) and that a case rests on (the interaction, or its text, is the
	 * case's evidence), by event id: what agent quality targets for review.
	 */
	public java.util.Set<String> interactionsInCases(UUID workspaceId, Instant from, Instant to) {
		return links.interactionsBetween(workspaceId, from, to);
	}

	/** Opens the cases a rule would have opened over the last days, each at its signal's time. */
	public int backfill(Access access, UUID ruleId, int days) {
		return backfill.run(access, ruleId, days);
	}

	public CaseView change(Access access, UUID caseId, CaseChange change, Instant at) {
		return cases.change(access, caseId, change, at);
	}

	public CaseView comment(Access access, UUID caseId, String body, Instant at) {
		return cases.comment(access, caseId, body, at);
	}

	public CaseView recoveryAnswer(Access access, UUID caseId, String metric, int score, Instant at) {
		return cases.recoveryAnswer(access, caseId, metric, score, at);
	}

	/** The instant {@code business} of the workspace's working time after {@code from}. */
	public Instant afterBusinessTime(UUID workspaceId, Instant from, java.time.Duration business) {
		return workTime.clock(workspaceId).plus(from, business);
	}

	/** Escalates the cases overdue at {@code now}, as the minute job does. */
	public int escalate(Instant now) {
		return escalations.run(now);
	}

	/**
	 * For exports: the number of the {@code limit}-th case after number {@code after} (the last one if fewer), of
	 * those opened in [from, to) when given; empty if none.
	 */
	public java.util.OptionalLong casePageEnd(UUID workspaceId, long after, int limit, @Nullable Instant from,
			@Nullable Instant to) {
		return feed.pageEnd(workspaceId, after, limit, from, to);
	}

	/**
	 * For exports: every case of the workspace (whoever may see it) numbered in (after, upTo], in number order, of
	 * those opened in [from, to) when given, a page at a time (at most 1,000).
	 */
	public void casesAfter(UUID workspaceId, long after, long upTo, @Nullable Instant from, @Nullable Instant to,
			java.util.function.Consumer<List<CaseRecord>> page) {
		feed.after(workspaceId, after, upTo, from, to, page);
	}

	/** For exports: how many cases the workspace has, of those opened in [from, to) when given. */
	public long caseCount(UUID workspaceId, @Nullable Instant from, @Nullable Instant to) {
		return feed.count(workspaceId, from, to);
	}

	/** For exports: the case each of these responses (or one of its texts) is evidence of, the latest, by id. */
	public java.util.Map<String, CaseRecord> casesOfResponses(UUID workspaceId,
			java.util.Collection<String> responseIds) {
		return feed.ofResponses(workspaceId, responseIds);
	}
}
