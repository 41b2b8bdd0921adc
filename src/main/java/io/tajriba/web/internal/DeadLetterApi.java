package io.tajriba.web.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Dead letters")
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterApi {

	/** A letter as the API shows it: {@code status} open or resolved, {@code resolvedAt} only once resolved. */
	record Letter(UUID id, String kind, String item, String error, int attempts, Instant firstFailedAt,
			Instant lastFailedAt, @Nullable Instant resolvedAt, String status) {

		static Letter of(DeadLetter l) {
			return new Letter(l.id(), l.kind(), l.itemKey(), l.error(), l.attempts(), l.firstFailedAt(),
					l.lastFailedAt(), l.resolvedAt(), l.open() ? "open" : "resolved");
		}
	}

	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	DeadLetterApi(Workspaces workspaces, DeadLetters deadLetters) {
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	@Operation(summary = "The items the workspace's background jobs could not do, the latest failure first; resolved "
			+ "ones too with all=true (owners and admins)")
	@GetMapping
	List<Letter> list(@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "100") int limit) {
		UUID workspaceId = workspaces.requireAdmin().workspaceId();
		if (limit < 1 || limit > 1000) {
			throw new InvalidFieldException("limit", "must be from 1 to 1000");
		}
		return deadLetters.list(workspaceId, all, limit).stream().map(Letter::of).toList();
	}

	@Operation(summary = "Try a dead letter's item again now: resolved if it succeeds, another attempt with the new "
			+ "error if not (owners and admins)")
	@PostMapping("/{id}/retry")
	Letter retry(@PathVariable UUID id) {
		return Letter.of(deadLetters.retry(workspaces.requireAdmin().workspaceId(), id));
	}
}
