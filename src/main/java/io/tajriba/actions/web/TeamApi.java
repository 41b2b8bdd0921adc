package io.tajriba.actions.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.Team;
import io.tajriba.actions.internal.OwnerRegistry;
import io.tajriba.actions.internal.TeamService;
import io.tajriba.platform.InvalidFieldException;
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
		+ "of touchpoints, journey stages, KPI targets and themes with their deputies")
@RestController
class TeamApi {

	record TeamBody(@Nullable String name, @Nullable UUID lead, @Nullable List<UUID> members,
			@Nullable List<String> agents) {

		Team team() {
			return new Team(null, name == null ? "" : name, lead, members == null ? List.of() : members,
					agents == null ? List.of() : agents);
		}
	}

	record Owners(@Nullable Map<String, UUID> touchpoints, @Nullable Map<String, UUID> stages,
			@Nullable Map<String, UUID> kpiTargets, @Nullable Map<String, UUID> themes,
			@Nullable Map<String, Map<String, UUID>> deputies) {

		Map<OwnerRegistry.Kind, Map<String, UUID>> owners() {
			Map<OwnerRegistry.Kind, Map<String, UUID>> given = new EnumMap<>(OwnerRegistry.Kind.class);
			put(given, OwnerRegistry.Kind.TOUCHPOINT, touchpoints);
			put(given, OwnerRegistry.Kind.STAGE, stages);
			put(given, OwnerRegistry.Kind.KPI_TARGET, kpiTargets);
			put(given, OwnerRegistry.Kind.THEME, themes);
			return given;
		}

		Map<OwnerRegistry.Kind, Map<String, UUID>> deputiesByKind() {
			Map<OwnerRegistry.Kind, Map<String, UUID>> given = new EnumMap<>(OwnerRegistry.Kind.class);
			if (deputies != null) {
				for (OwnerRegistry.Kind kind : OwnerRegistry.Kind.values()) {
					put(given, kind, deputies.get(kind.field()));
				}
				deputies.keySet().stream().filter(k -> given.keySet().stream().noneMatch(g -> g.field().equals(k)))
					.findFirst().ifPresent(k -> {
						throw new InvalidFieldException("deputies." + k,
								"must be touchpoints, stages, kpiTargets or themes");
					});
			}
			return given;
		}

		private static void put(Map<OwnerRegistry.Kind, Map<String, UUID>> given, OwnerRegistry.Kind kind,
				@Nullable Map<String, UUID> named) {
			if (named != null) {
				given.put(kind, named);
			}
		}
	}

	private final Workspaces workspaces;
	private final TeamService teams;
	private final OwnerRegistry registry;

	TeamApi(Workspaces workspaces, TeamService teams, OwnerRegistry registry) {
		this.registry = registry;
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

	@Operation(summary = "The one registry of owners: {touchpoints: {name: user id}, stages: {key: user id}, "
			+ "kpiTargets: {'stage:kpi': user id}, themes: {key: user id}, deputies: {the same four}, unowned: "
			+ "{touchpoints: [..], stages: [..], kpiTargets: [..], themes: [..]}}; cases go to an owner, or to the "
			+ "deputy when the owner has left")
	@GetMapping("/api/v1/owners")
	Map<String, Object> owners() {
		return json(registry.registry(workspaces.current().workspaceId()));
	}

	@Operation(summary = "Replace the owners (and deputies) of the kinds given (owners and admins); a kind left out "
			+ "stays as it is")
	@PutMapping("/api/v1/owners")
	Map<String, Object> replaceOwners(@RequestBody Owners owners) {
		var access = workspaces.current();
		registry.replace(access, owners.owners(), owners.deputiesByKind());
		return json(registry.registry(access.workspaceId()));
	}

	static Map<String, Object> json(OwnerRegistry.Registry registry) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> deputies = new LinkedHashMap<>();
		Map<String, Object> unowned = new LinkedHashMap<>();
		registry.owned().forEach((kind, entries) -> {
			json.put(kind.field(), OwnerRegistry.byName(entries));
			deputies.put(kind.field(), OwnerRegistry.deputies(entries));
			unowned.put(kind.field(), registry.unowned().getOrDefault(kind, List.of()));
		});
		json.put("deputies", deputies);
		json.put("unowned", unowned);
		return json;
	}
}
