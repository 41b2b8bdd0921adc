package io.tajriba.maturity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.maturity.internal.Assessments;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Service;

/**
 * Maturity for the demo and for tests, made as the API makes it: an assessment standing for a day (its evidence
 * read as of then), raters invited and their answers, closed when it is over.
 */
@Service
public class MaturitySetup {

	/** A rater: the member, their group (executive, manager, frontline), their ratings by item key. */
	public record Rater(UUID user, String group, Map<String, Integer> ratings) {
	}

	private final Assessments assessments;

	MaturitySetup(Assessments assessments) {
		this.assessments = assessments;
	}

	/** Whether the workspace has any assessment. */
	public boolean any(UUID workspaceId) {
		return !assessments.list(new Access(workspaceId, Role.OWNER, "setup", null, null)).isEmpty();
	}

	/** An assessment standing for {@code asOf}, rated by these raters, closed if asked; its id. */
	public UUID assess(UUID workspaceId, UUID owner, String name, Instant asOf, List<Rater> raters, boolean close) {
		Access admin = new Access(workspaceId, Role.OWNER, "user:demo", owner, null);
		UUID id = assessments.create(admin, name,
				raters.stream().map(r -> new Assessments.Invite(r.user(), r.group())).toList(), asOf);
		for (Rater r : raters) {
			Access rater = new Access(workspaceId, Role.ANALYST, "user:" + r.user(), r.user(), null);
			assessments.rate(rater, id, Map.copyOf(r.ratings()));
		}
		if (close) {
			assessments.close(admin, id);
		}
		return id;
	}
}
