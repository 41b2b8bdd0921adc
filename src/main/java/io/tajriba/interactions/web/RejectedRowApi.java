package io.tajriba.interactions.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.interactions.internal.RejectedRowReplays;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.RejectedRow;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Rejected rows", description = "Rows of batches that were not accepted, kept for correction and replay")
@RestController
@RequestMapping("/api/v1/rejected-rows")
class RejectedRowApi {

	private final Workspaces workspaces;
	private final RejectedRows rejectedRows;
	private final RejectedRowReplays replays;

	RejectedRowApi(Workspaces workspaces, RejectedRows rejectedRows, RejectedRowReplays replays) {
		this.workspaces = workspaces;
		this.rejectedRows = rejectedRows;
		this.replays = replays;
	}

	@Operation(summary = "Rejected rows not yet replayed (all with all=true), newest first; source: interactions, "
			+ "customers, agents or survey-responses")
	@GetMapping
	List<RejectedRow> list(@RequestParam(required = false) @Nullable String source,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "100") int limit) {
		return rejectedRows.list(workspaces.current().workspaceId(), source, all, Math.max(1, Math.min(limit, 1000)));
	}

	@Operation(summary = "Replay a rejected row with its corrected JSON object as the body; 422 names the field "
			+ "still at fault")
	@PostMapping(path = "/{id}/replay", consumes = "application/json")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void replay(@PathVariable UUID id, @RequestBody String corrected) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		replays.replay(access.workspaceId(), id, corrected);
	}
}
