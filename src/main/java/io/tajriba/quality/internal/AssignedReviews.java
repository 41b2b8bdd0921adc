package io.tajriba.quality.internal;

import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.internal.ReviewService.NewReview;
import io.tajriba.quality.internal.ReviewService.Review;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A review made for an assignment of the weekly sample: it reviews the assignment's interaction and agent, takes
 * the assignment's kind (random or targeted; a review without one is ad hoc) and fulfils it. One review fulfils an
 * assignment: the assignment's row is locked while the review is written, and a second review of it is refused.
 */
@Service
public class AssignedReviews {

	private final ReviewService reviews;
	private final SampleStore store;
	private final JdbcClient jdbc;

	AssignedReviews(ReviewService reviews, SampleStore store, JdbcClient jdbc) {
		this.reviews = reviews;
		this.store = store;
		this.jdbc = jdbc;
	}

	/** Creates the review; with no assignment, as {@link ReviewService#create} does. */
	@Transactional
	public Review create(Access access, NewReview review, @Nullable UUID assignment) {
		if (assignment == null) {
			return reviews.create(access, review);
		}
		ScorecardService.requireWriter(access);
		UUID w = access.workspaceId();
		Assignments.Assignment assigned = store.lock(w, assignment).orElseThrow(() -> new InvalidFieldException(
				"assignment", "must be the id of one of the workspace's review assignments"));
		if (review.interaction() != null && !review.interaction().equals(assigned.interaction())) {
			throw new InvalidFieldException("interaction", "must be the assignment's interaction, or left out");
		}
		if (review.caseId() != null) {
			throw new InvalidFieldException("case", "cannot be given with an assignment: it names an interaction");
		}
		if (review.agent() != null && !review.agent().equals(assigned.agent())) {
			throw new InvalidFieldException("agent", "must be the assignment's agent, or left out");
		}
		if (assigned.review() != null) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This assignment was reviewed already, by review "
					+ assigned.review());
		}
		Review created = reviews.create(access, new NewReview(review.scorecard(), assigned.interaction(), null,
				assigned.agent(), review.answers(), review.comments()));
		jdbc.sql("update quality_reviews set kind = :kind where workspace_id = :w and id = :id").param("w", w)
			.param("id", created.id()).param("kind", assigned.kind()).update();
		store.fulfil(w, assigned.id(), created.id());
		return reviews.get(access, created.id());
	}
}
