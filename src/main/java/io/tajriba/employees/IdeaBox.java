package io.tajriba.employees;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.employees.domain.IdeaMove;
import io.tajriba.employees.domain.IdeaStatus;
import io.tajriba.employees.internal.IdeaService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The idea box for other modules (the demo company): ideas submitted, voted for and reviewed exactly as through the
 * API with the workspace's key, on behalf of employees of the directory, at the times given.
 */
@Service
public class IdeaBox {

	/** An idea as an employee submits it; the tags may be null. */
	public record NewIdea(String title, String body, String language, @Nullable String stage,
			@Nullable String touchpoint, @Nullable String theme) {
	}

	private final IdeaService ideas;

	IdeaBox(IdeaService ideas) {
		this.ideas = ideas;
	}

	/** Submits the idea of the employee {@code employeeId} at {@code at}; its id. */
	public UUID submit(UUID workspaceId, String employeeId, NewIdea idea, Instant at) {
		var submission = new IdeaService.Submission(idea.title(), idea.body(), idea.language(), idea.stage(),
				idea.touchpoint(), idea.theme(), employeeId);
		return ideas.submit(access(workspaceId), submission, at).id();
	}

	/** The employee's vote for the idea at {@code at}; a second vote of theirs changes nothing. */
	public void vote(UUID workspaceId, UUID ideaId, String employeeId, Instant at) {
		ideas.vote(access(workspaceId), ideaId, employeeId, at);
	}

	/**
	 * Moves the idea to {@code status} at {@code at}, as a reviewer of the workspace does (an accepted idea becomes
	 * an action); a reason for declined and duplicate, the idea repeated for a duplicate.
	 */
	public void move(UUID workspaceId, UUID ideaId, String status, @Nullable String reason,
			@Nullable UUID duplicateOf, Instant at) {
		ideas.move(access(workspaceId), ideaId,
				new IdeaMove(IdeaStatus.parse("status", status), reason, duplicateOf), at);
	}

	private static Access access(UUID workspaceId) {
		return new Access(workspaceId, Role.ADMIN, "idea review", null, null);
	}
}
