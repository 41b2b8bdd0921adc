package io.tajriba.maturity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.RaterAnswers;
import org.jspecify.annotations.Nullable;

/**
 * A maturity assessment: its evidence as it stood at {@code asOf} (frozen, read with the rubric version it was made
 * with), its raters and each one's answers.
 */
public record Assessment(UUID id, String name, Instant asOf, String rubricVersion, Map<String, Measure> evidence,
		String status, String createdBy, Instant createdAt, @Nullable Instant closedAt, List<Rater> raters) {

	/** An invited rater: the member, their group (executive, manager, frontline), their answers so far. */
	public record Rater(UUID user, String group, Instant invitedAt, @Nullable Instant answeredAt,
			Map<String, Integer> ratings) {

		public RaterAnswers answers() {
			return new RaterAnswers(user, group, ratings);
		}
	}

	public Assessment {
		evidence = Map.copyOf(evidence);
		raters = List.copyOf(raters);
	}

	public boolean open() {
		return status.equals("open");
	}

	public List<RaterAnswers> answers() {
		return raters.stream().map(Rater::answers).toList();
	}
}
