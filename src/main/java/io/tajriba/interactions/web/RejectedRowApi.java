package io.tajriba.interactions.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.RejectedRow;
import io.tajriba.platform.Replayer;
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
	private final Map<String, Replayer> replayers;
	private final Clock clock;

	RejectedRowApi(Workspaces workspaces, RejectedRows rejectedRows, List<Replayer> replayers, Clock clock) {
		this.workspaces = workspaces;
		this.rejectedRows = rejectedRows;
		this.replayers = replayers.stream().collect(Collectors.toMap(Replayer::source, Function.identity()));
		this.clock = clock;
	}

	@Operation(summary = "Rejected rows not yet replayed (all with all=true), newest first; source: interactions "
			+ "or customers")
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
		RejectedRow row = rejectedRows.find(access.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Rejected row"));
		Replayer replayer = replayers.get(row.source());
		if (replayer == null) {
			throw new NotFoundException("Replayer for " + row.source());
		}
		replayer.replay(access.workspaceId(), corrected);
		rejectedRows.markReplayed(access.workspaceId(), id, clock.instant());
	}
}
