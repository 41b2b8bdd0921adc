package io.tajriba.actions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.Team;
import io.tajriba.actions.internal.TeamService;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Teams and owners", description = "Who works cases: teams with their leads and agents, and the owners "
		+ "of touchpoints and journey stages")
@RestController
class TeamApi {

	record TeamBody(@Nullable String name, @Nullable UUID lead, @Nullable List<UUID> members,
			@Nullable List<String> agents) {

		Team team() {
			return new Team(null, name == null ? "" : name, lead, members == null ? List.of() : members,
					agents == null ? List.of() : agents);
		}
	}

	record Owners(@Nullable Map<String, UUID> touchpoints, @Nullable Map<String, UUID> stages) {
	}

	private final Workspaces workspaces;
	private final TeamService teams;

	TeamApi(Workspaces workspaces, TeamService teams) {
		this.workspaces = workspaces;
		this.teams = teams;
	}

	@GetMapping("/api/v1/teams")
	List<Team> list() {
		return teams.list(workspaces.current().workspaceId());
	}

	@Operation(summary = "Create a team (owners and admins): name, lead (user id), members (user ids), agents (the "
			+ "names its support agents have in interactions and responses, so that their cases reach the lead)")
	@PostMapping("/api/v1/teams")
	@ResponseStatus(HttpStatus.CREATED)
	Team create(@RequestBody TeamBody team) {
		return teams.save(workspaces.current(), null, team.team());
	}

	@PutMapping("/api/v1/teams/{id}")
	Team update(@PathVariable UUID id, @RequestBody TeamBody team) {
		return teams.save(workspaces.current(), id, team.team());
	}

	@DeleteMapping("/api/v1/teams/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		teams.delete(workspaces.current(), id);
	}

	@Operation(summary = "The owners of touchpoints (by name) and journey stages (by key): {touchpoints: {name: user "
			+ "id}, stages: {key: user id}}")
	@GetMapping("/api/v1/owners")
	Map<String, Map<String, UUID>> owners() {
		return teams.owners(workspaces.current().workspaceId());
	}

	@Operation(summary = "Replace the owners of touchpoints and journey stages (owners and admins)")
	@PutMapping("/api/v1/owners")
	Map<String, Map<String, UUID>> replaceOwners(@RequestBody Owners owners) {
		return teams.replaceOwners(workspaces.current(), owners.touchpoints() == null ? Map.of() : owners.touchpoints(),
				owners.stages() == null ? Map.of() : owners.stages());
	}
}
