package io.tajriba.demo.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.Cases;
import io.tajriba.actions.LoopSetup;
import io.tajriba.actions.Team;
import io.tajriba.surveys.SurveySummary;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo company's closed loop, set up once: two teams with their leads and agents, owners of the pain-point
 * touchpoints, four alert rules (a detractor on the relationship survey, an unhappy answer after support, angry
 * words, satisfaction after calls to the billing IVR below 80% beyond doubt), applied to the last three weeks, and the cases worked as a
 * real team would (see {@link DemoCaseWork}), so that every page shows a working loop on first start.
 */
@Component
class DemoLoop {

	static final int DAYS = 21;
	private static final Logger log = LoggerFactory.getLogger(DemoLoop.class);

	private final LoopSetup setup;
	private final Cases cases;
	private final Surveys surveys;
	private final DemoCaseWork work;
	private final Clock clock;

	DemoLoop(LoopSetup setup, Cases cases, Surveys surveys, DemoCaseWork work, Clock clock) {
		this.setup = setup;
		this.cases = cases;
		this.surveys = surveys;
		this.work = work;
		this.clock = clock;
	}

	/** Sets the loop up unless the workspace has rules already. */
	void seed(UUID workspaceId, Map<String, UUID> people, long seed) {
		Access admin = new Access(workspaceId, Role.OWNER, "demo", null, null);
		if (setup.hasRules(admin)) {
			return;
		}
		UUID care = setup.saveTeam(admin, new Team(null, "Customer care", people.get(DemoTeam.CARE_LEAD.email()),
				DemoTeam.CARE.stream().map(n -> people.get(DemoTeam.email(n))).toList(), DemoTeam.CARE_AGENTS)).id();
		UUID stores = setup.saveTeam(admin, new Team(null, "Stores and chat", people.get(DemoTeam.STORES_LEAD.email()),
				DemoTeam.STORES.stream().map(n -> people.get(DemoTeam.email(n))).toList(), DemoTeam.STORES_AGENTS)).id();
		UUID manager = people.get(DemoTeam.MANAGER.email());
		setup.owners(admin, Map.of("IVR billing", manager, "checkout", people.get(DemoTeam.STORES_LEAD.email())),
				Map.of("use", people.get(DemoTeam.CARE_LEAD.email())));
		List<UUID> rules = rules(admin, care, stores);
		int signals = 0;
		for (UUID rule : rules) {
			signals += cases.backfill(admin, rule, DAYS);
		}
		int worked = work.work(workspaceId, seed);
		int escalated = cases.escalate(clock.instant());
		log.info("Demo closed loop: {} rules, {} signals over {} days, {} cases worked, {} targets escalated",
				rules.size(), signals, DAYS, worked, escalated);
	}

	private List<UUID> rules(Access admin, UUID care, UUID stores) {
		UUID relationship = survey(admin.workspaceId(), "Relationship NPS");
		UUID support = survey(admin.workspaceId(), "After support");
		return List.of(setup.createRule(admin, """
				{"name":"Detractor on the relationship survey","trigger":"response",
				 "conditions":[{"field":"nps","op":"lte","value":6}],"scope":{"surveys":["%s"]},
				 "priority":"high","assignment":{"to":"round_robin","team":"%s"}}""".formatted(relationship, care)),
				setup.createRule(admin, """
						{"name":"Unhappy after support","trigger":"response","match":"any",
						 "conditions":[{"field":"csat","op":"lte","value":2},{"field":"ces","op":"lte","value":2}],
						 "scope":{"surveys":["%s"]},"priority":"normal","assignment":{"to":"team_lead"},
						 "reassignOnBreach":true}""".formatted(support)),
				setup.createRule(admin, """
						{"name":"Angry words","trigger":"text","match":"all",
						 "conditions":[{"field":"emotion","op":"in","value":["anger"]},{"field":"score","op":"lte","value":-0.6}],
						 "priority":"normal","assignment":{"to":"round_robin","team":"%s"}}""".formatted(stores)),
				setup.createRule(admin, """
						{"name":"Satisfaction at the billing IVR below 80%","trigger":"metric",
						 "metric":{"metric":"csat","scope":"touchpoint","value":"IVR billing","windowDays":14,
						           "mode":"below","threshold":80,"minimum":30},
						 "priority":"urgent","assignment":{"to":"touchpoint_owner"}}"""));
	}

	private UUID survey(UUID workspaceId, String name) {
		return surveys.list(workspaceId).stream().filter(s -> s.name().equals(name)).map(SurveySummary::id)
			.findFirst().orElseThrow(() -> new IllegalStateException("The demo has no survey " + name));
	}
}
