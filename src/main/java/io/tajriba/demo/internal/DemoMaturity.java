package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.LoopSetup;
import io.tajriba.actions.Teams;
import io.tajriba.interactions.Interactions;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.MaturitySetup;
import io.tajriba.maturity.MaturitySetup.Rater;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo company's CX maturity, set up once: owners for most journey stages and touchpoints (the last stage and
 * two touchpoints still nobody's), and two assessments six months apart rated by the admin (executive), the CX
 * manager and the care team lead (frontline), who see the company alike six months ago and apart now: the
 * executive rates strategy and the closed loop two or three points above the frontline, and the raters together
 * put strategy above what the evidence shows and their listening to customers below it.
 */
@Component
class DemoMaturity {

	static final Duration APART = Duration.ofDays(182);
	static final List<String> ITEMS = List.of("strategy.priority", "strategy.targets", "strategy.leaders", "voc.listen",
			"voc.segments", "voc.text", "journeys.mapped", "journeys.pain", "journeys.design", "measurement.kpis",
			"measurement.trust", "measurement.quality", "action.alerts", "action.causes", "action.proof",
			"employees.heard", "employees.ideas", "employees.coached", "governance.owners", "governance.return",
			"governance.rhythm");

	/** The ratings of each rater in the order of {@link #ITEMS}: then (six months ago) and now. */
	static final String THEN_EXECUTIVE = "333 323 222 322 221 212 212";
	static final String THEN_MANAGER = "222 322 221 222 211 222 112";
	static final String THEN_FRONTLINE = "212 222 121 213 111 112 111";
	static final String NOW_EXECUTIVE = "545 444 444 444 544 454 545";
	static final String NOW_MANAGER = "434 434 434 434 433 444 434";
	static final String NOW_FRONTLINE = "322 333 333 333 223 333 323";

	private static final Logger log = LoggerFactory.getLogger(DemoMaturity.class);

	private final MaturitySetup setup;
	private final LoopSetup loop;
	private final Teams teams;
	private final JourneyStages stages;
	private final Interactions interactions;
	private final Clock clock;
	private final DemoGovernance governance;

	DemoMaturity(MaturitySetup setup, LoopSetup loop, Teams teams, JourneyStages stages, Interactions interactions,
			DemoGovernance governance, Clock clock) {
		this.governance = governance;
		this.interactions = interactions;
		this.setup = setup;
		this.loop = loop;
		this.teams = teams;
		this.stages = stages;
		this.clock = clock;
	}

	void seed(UUID workspaceId, UUID admin, Map<String, UUID> people) {
		if (setup.any(workspaceId)) {
			return;
		}
		owners(workspaceId, people);
		governance.seed(workspaceId, people);
		UUID manager = people.get(DemoTeam.MANAGER.email());
		UUID frontline = people.get(DemoTeam.CARE_LEAD.email());
		var now = clock.instant();
		setup.assess(workspaceId, admin, "Maturity review, six months ago", now.minus(APART),
				List.of(new Rater(admin, "executive", ratings(THEN_EXECUTIVE)),
						new Rater(manager, "manager", ratings(THEN_MANAGER)),
						new Rater(frontline, "frontline", ratings(THEN_FRONTLINE))), true);
		setup.assess(workspaceId, admin, "Maturity review, this quarter", now,
				List.of(new Rater(admin, "executive", ratings(NOW_EXECUTIVE)),
						new Rater(manager, "manager", ratings(NOW_MANAGER)),
						new Rater(frontline, "frontline", ratings(NOW_FRONTLINE))), false);
		log.info("Demo maturity: two assessments {} days apart, three raters each", APART.toDays());
	}

	static Map<String, Integer> ratings(String digits) {
		String plain = digits.replace(" ", "");
		if (plain.length() != ITEMS.size()) {
			throw new IllegalArgumentException("one rating per item: " + digits);
		}
		Map<String, Integer> ratings = new LinkedHashMap<>();
		for (int i = 0; i < ITEMS.size(); i++) {
			ratings.put(ITEMS.get(i), plain.charAt(i) - '0');
		}
		return ratings;
	}

	/** Keeps the loop's owners and gives the other stages and touchpoints one, but the last stage and two. */
	private void owners(UUID workspaceId, Map<String, UUID> people) {
		List<JourneyStages.Stage> map = stages.of(workspaceId, null, "en").orElse(List.of());
		if (map.isEmpty()) {
			return;
		}
		List<UUID> turns = List.of(people.get(DemoTeam.MANAGER.email()), people.get(DemoTeam.CARE_LEAD.email()),
				people.get(DemoTeam.STORES_LEAD.email()));
		Teams.Owners current = teams.owners(workspaceId);
		Map<String, UUID> stageOwners = new HashMap<>(current.stages());
		for (int i = 0; i < map.size() - 1; i++) {
			stageOwners.putIfAbsent(map.get(i).key(), turns.get(i % turns.size()));
		}
		Set<String> touchpoints = new LinkedHashSet<>(interactions.touchpointNames(workspaceId));
		map.forEach(s -> touchpoints.addAll(s.touchpoints()));
		List<String> unowned = new ArrayList<>(touchpoints);
		unowned.removeAll(current.touchpoints().keySet());
		Map<String, UUID> touchpointOwners = new HashMap<>(current.touchpoints());
		for (int i = 0; i < unowned.size() - 2; i++) {
			touchpointOwners.put(unowned.get(i), turns.get(i % turns.size()));
		}
		loop.owners(new Access(workspaceId, Role.OWNER, "demo", null, null), touchpointOwners, stageOwners);
	}
}
