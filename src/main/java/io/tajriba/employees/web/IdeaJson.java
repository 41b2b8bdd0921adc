package io.tajriba.employees.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.ActionPlans;
import io.tajriba.employees.domain.IdeaEvidence;
import io.tajriba.employees.internal.Idea;
import io.tajriba.employees.internal.IdeaService;
import org.jspecify.annotations.Nullable;

/** The idea box's JSON: ideas, their evidence, votes, comments, changes and action. */
final class IdeaJson {

	private IdeaJson() {
	}

	record IdeaView(UUID id, int number, String title, String body, String language, @Nullable String stage,
			@Nullable String touchpoint, @Nullable String theme, String status, @Nullable String reason,
			@Nullable UUID duplicateOf, @Nullable UUID actionId, int votes, @Nullable Boolean voted,
			@Nullable EvidenceView evidence, Instant createdAt, Instant updatedAt) {

		static IdeaView of(Idea i, @Nullable IdeaEvidence evidence, @Nullable Boolean voted) {
			return new IdeaView(i.id(), i.number(), i.title(), i.body(), i.language(), i.stage(), i.touchpoint(),
					i.theme(), i.status().id(), i.reason(), i.duplicateOf(), i.actionId(), i.votes(), voted,
					evidence == null ? null : EvidenceView.of(evidence), i.createdAt(), i.updatedAt());
		}
	}

	/**
	 * The evidence: painPoint (kind, name, relativeRisk with ci95 and the customers exposed) and importance
	 * (% of R²) when known, and the score the evidence sort uses.
	 */
	record EvidenceView(@Nullable PainView painPoint, @Nullable Double importance, double score) {

		static EvidenceView of(IdeaEvidence e) {
			IdeaEvidence.Pain p = e.pain();
			return new EvidenceView(p == null ? null : new PainView(p.kind(), p.name(), p.relativeRisk(),
					new double[] { p.ciLow(), p.ciHigh() }, p.exposed()), e.importance(),
					Math.round(e.score() * 1000) / 1000.0);
		}
	}

	record PainView(String kind, String name, double relativeRisk, double[] ci95, long n) {
	}

	record Listing(String sort, List<IdeaView> ideas) {
	}

	record Detail(IdeaView idea, @Nullable String submitter, List<CommentView> comments, List<ChangeView> changes,
			@Nullable ActionView action) {

		static Detail of(IdeaService.Detail d) {
			ActionPlans.Progress a = d.action();
			return new Detail(IdeaView.of(d.idea(), d.evidence(), d.voted()), d.submitter(),
					d.comments().stream().map(c -> new CommentView(c.id(), c.authorName(), c.body(), c.createdAt()))
						.toList(),
					d.changes().stream().map(c -> new ChangeView(c.from(), c.to(), c.reason(), c.changedBy(),
							c.changedAt())).toList(),
					a == null ? null : new ActionView(a.id(), a.title(), a.status(), a.progress(), "/actions/" + a.id()));
		}
	}

	record CommentView(UUID id, String author, String body, Instant createdAt) {
	}

	record ChangeView(@Nullable String from, String to, @Nullable String reason, String by, Instant at) {
	}

	record ActionView(UUID id, String title, String status, int progress, String link) {
	}

	record SimilarView(UUID id, int number, String title, String status, int votes, double similarity) {

		static SimilarView of(IdeaService.Similar s) {
			return new SimilarView(s.idea().id(), s.idea().number(), s.idea().title(), s.idea().status().id(),
					s.idea().votes(), s.similarity());
		}
	}

	record VoteView(int votes, boolean voted) {
	}

	/** A submission as the API takes it. */
	record NewIdeaBody(@Nullable String title, @Nullable String body, @Nullable String language,
			@Nullable String stage, @Nullable String touchpoint, @Nullable String theme, @Nullable String employee) {

		IdeaService.Submission submission() {
			return new IdeaService.Submission(title, body, language, stage, touchpoint, theme, employee);
		}
	}

	record Patch(@Nullable String status, @Nullable String reason, @Nullable String duplicateOf) {
	}

	record CommentBody(@Nullable String body, @Nullable String employee) {
	}

	record VoteBody(@Nullable String employee) {
	}

	record LinkView(String token, String link) {
	}
}
