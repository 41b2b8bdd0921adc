package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.InitiativeSetup;
import io.tajriba.actions.InitiativeSetup.NewInitiative;
import io.tajriba.demo.domain.CheckoutRedesign;
import io.tajriba.surveys.SurveySummary;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo company's initiatives, set up once: the web checkout's redesign that its answers carry
 * ({@link CheckoutRedesign}), finished and measured against the app's cart and four stores; a simpler billing menu
 * on the phone line launched three weeks ago, too early to judge, with suggested controls; and a draft for the
 * Shiraz branch, not launched yet; and the actions of the plan ({@link DemoActions}).
 */
@Component
class DemoInitiatives {

	static final String REDESIGN = "Web checkout redesigned";
	static final List<String> REDESIGN_CONTROLS = List.of("cart", "branch London Oxford St", "branch Dubai Mall",
			"branch Tel Aviv Center", "branch Tehran-3");
	private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);

	private final InitiativeSetup setup;
	private final Workspaces workspaces;
	private final Surveys surveys;
	private final DemoActions actions;
	private final Clock clock;

	DemoInitiatives(InitiativeSetup setup, Workspaces workspaces, Surveys surveys, DemoActions actions, Clock clock) {
		this.setup = setup;
		this.actions = actions;
		this.workspaces = workspaces;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** Sets the initiatives up unless the workspace has some; answers their ids by title. */
	Map<String, UUID> seed(UUID workspaceId, Map<String, UUID> people) {
		if (setup.any(workspaceId)) {
			return Map.of();
		}
		Workspace workspace = workspaces.workspace(workspaceId);
		UUID purchase = survey(workspaceId, "After a purchase");
		UUID support = survey(workspaceId, "After support");
		UUID stores = people.get(DemoTeam.STORES_LEAD.email());
		UUID manager = people.get(DemoTeam.MANAGER.email());
		LocalDate launch = LocalDate.ofInstant(CheckoutRedesign.launch(clock.instant().truncatedTo(ChronoUnit.DAYS)),
				ZoneOffset.UTC);
		int weeks = CheckoutRedesign.WEEKS;
		UUID redesign = setup.create(workspace, "demo", new NewInitiative(REDESIGN,
				"One page instead of three, saved cards and a clearer payment step. Measured on satisfaction after a "
						+ "purchase at the web checkout against the app's cart and the stores, which did not change.",
				stores, "pain_point", "touchpoint:checkout", "checkout", "action", "checkout", "csat", purchase,
				"touchpoint", List.of("checkout"), REDESIGN_CONTROLS, launch.minusWeeks(weeks), launch.minusDays(1),
				launch, 8, launch.plusWeeks(weeks)), true);
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		LocalDate menu = today.minusWeeks(3);
		UUID billing = setup.create(workspace, "demo", new NewInitiative("Shorter billing menu on the phone line",
				"Two choices instead of six before a person answers. Controls suggested from the other support "
						+ "touchpoints.",
				manager, "pain_point", "touchpoint:IVR billing", "IVR billing", "use", "IVR billing", "csat", support,
				"touchpoint", List.of("IVR billing"), List.of(), menu.minusWeeks(8), menu.minusDays(1), menu, 10,
				menu.plusWeeks(12)), true);
		LocalDate training = today.plusWeeks(1);
		UUID shiraz = setup.create(workspace, "demo", new NewInitiative("Shiraz-1: the returns desk retrained",
				"A week of training for the branch's returns desk; to launch next week.", stores, "pain_point",
				"touchpoint:branch Shiraz-1", "branch Shiraz-1", "action", "branch Shiraz-1", "csat", purchase,
				"touchpoint", List.of("branch Shiraz-1"), List.of(), today.minusWeeks(12), today.minusDays(1), training,
				10, training.plusWeeks(16)), false);
		int failed = setup.finishDue(clock.instant());
		Map<String, UUID> ids = Map.of(REDESIGN, redesign, "billing", billing, "shiraz", shiraz);
		int recorded = actions.seed(workspaceId, people, ids, survey(workspaceId, "Relationship NPS"));
		log.info("Demo initiatives: the checkout redesign measured ({} failed), the billing menu running, a draft; "
				+ "{} actions", failed, recorded);
		return ids;
	}

	private UUID survey(UUID workspaceId, String name) {
		return surveys.list(workspaceId).stream().filter(s -> s.name().equals(name)).map(SurveySummary::id)
			.findFirst().orElseThrow(() -> new IllegalStateException("The demo has no survey " + name));
	}
}
