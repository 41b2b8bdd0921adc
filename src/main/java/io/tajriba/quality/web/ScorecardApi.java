package io.tajriba.quality.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.quality.internal.ScorecardCodec;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Scorecards", description = "The criteria reviews score interactions and cases against, with versions")
@RestController
class ScorecardApi {

	static final String BODY = " Body: name, channel (call, chat, email or other), sections: [{title, criteria: [{key "
			+ "(lower-case letters, digits, _), text ({\"en\": .., \"fa\": ..}), scale (yes_no 0-1, three 1-3, four 1-4, "
			+ "five 1-5), weight (above 0, 1 by default), naAllowed, critical (its lowest point sets the review to 0)}]}].";

	/** A scorecard at its current version: the content as given, with its version's number and id. */
	record ScorecardView(UUID id, int version, UUID versionId, String name, String channel, JsonNode sections,
			Instant createdAt, Instant updatedAt) {

		static ScorecardView of(ScorecardService.Version v) {
			JsonNode content = ScorecardCodec.write(v.card());
			return new ScorecardView(v.id(), v.version(), v.versionId(), v.card().name(), v.card().channel(),
					content.get("sections"), v.createdAt(), v.updatedAt());
		}
	}

	private final Workspaces workspaces;
	private final ScorecardService scorecards;

	ScorecardApi(Workspaces workspaces, ScorecardService scorecards) {
		this.workspaces = workspaces;
		this.scorecards = scorecards;
	}

	@Operation(summary = "The workspace's scorecards at their current versions")
	@GetMapping("/api/v1/scorecards")
	List<ScorecardView> list() {
		return scorecards.list(workspaces.current().workspaceId()).stream().map(ScorecardView::of).toList();
	}

	@Operation(summary = "Create a scorecard, version 1 (owners, admins, analysts)." + BODY)
	@PostMapping("/api/v1/scorecards")
	@ResponseStatus(HttpStatus.CREATED)
	ScorecardView create(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		return ScorecardView.of(scorecards.create(access, ScorecardCodec.read(body)));
	}

	@GetMapping("/api/v1/scorecards/{id}")
	ScorecardView get(@PathVariable UUID id) {
		return ScorecardView.of(scorecards.current(workspaces.current().workspaceId(), id));
	}

	@Operation(summary = "Replace a scorecard (owners, admins, analysts). Adding or removing criteria, or changing a "
			+ "scale, weight, naAllowed or critical, makes a new version; other edits (wording, titles, name, channel, "
			+ "order) change the current version in place. Reviews keep the version they were scored against." + BODY)
	@PutMapping("/api/v1/scorecards/{id}")
	ScorecardView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		scorecards.current(access.workspaceId(), id);
		return ScorecardView.of(scorecards.change(access, id, ScorecardCodec.read(body)));
	}
}
