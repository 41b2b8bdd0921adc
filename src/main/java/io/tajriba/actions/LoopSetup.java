package io.tajriba.actions;

import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.OwnerRegistry;
import io.tajriba.actions.internal.RuleService;
import io.tajriba.actions.internal.TeamService;
import io.tajriba.actions.web.RuleJson;
import io.tajriba.workspaces.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Setting up a workspace's closed loop without the pages: alert rules in the JSON the API takes, teams, and the
 * owners of touchpoints and journey stages (the demo company's, or a workspace's set-up script).
 */
@Service
public class LoopSetup {

	private final RuleService rules;
	private final TeamService teams;
	private final OwnerRegistry registry;
	private final ObjectMapper mapper;
	private final int minimum;

	LoopSetup(RuleService rules, TeamService teams, OwnerRegistry registry, ObjectMapper mapper,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.rules = rules;
		this.teams = teams;
		this.registry = registry;
		this.mapper = mapper;
		this.minimum = minimum;
	}

	public boolean hasRules(Access access) {
		return !rules.list(access).isEmpty();
	}

	/** Creates a rule from its JSON, exactly as {@code POST /api/v1/alert-rules} does; its id. */
	public UUID createRule(Access access, String json) {
		return rules.create(access, RuleJson.rule(mapper.readValue(json, RuleJson.Body.class), minimum)).id();
	}

	public Team saveTeam(Access admin, Team team) {
		return teams.save(admin, null, team);
	}

	/**
	 * Replaces the owners and deputies of one kind of the registry, as {@code PUT /api/v1/owners} does for it: kind
	 * touchpoints, stages, kpiTargets or themes.
	 */
	public void owners(Access admin, String kind, Map<String, UUID> owners, Map<String, UUID> deputies) {
		OwnerRegistry.Kind k = OwnerRegistry.kind(kind);
		registry.replace(admin, Map.of(k, owners), Map.of(k, deputies));
	}

	public void owners(Access admin, Map<String, UUID> touchpoints, Map<String, UUID> stages) {
		registry.replace(admin, Map.of(OwnerRegistry.Kind.TOUCHPOINT, touchpoints, OwnerRegistry.Kind.STAGE, stages),
				Map.of());
	}
}
