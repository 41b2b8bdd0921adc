package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.ActionPlans;
import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;

/**
 * The demo company's action plan: the work behind its initiatives (the checkout's done, the billing menu's under
 * way, Shiraz's on hold), actions on the relationship survey's fix-first drivers (one overdue, one cancelled), on a
 * theme and on a root cause of its cases, in every status, some with comments.
 */
@Component
class DemoActions {

	private final ActionPlans plans;
	private final Workspaces workspaces;
	private final Clock clock;

	DemoActions(ActionPlans plans, Workspaces workspaces, Clock clock) {
		this.plans = plans;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Records the actions; {@code initiatives} by the titles {@link DemoInitiatives} answers. */
	int seed(UUID workspaceId, Map<String, UUID> people, Map<String, UUID> initiatives, UUID relationship) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(workspaces.workspace(workspaceId).timeZone()));
		UUID manager = people.get(DemoTeam.MANAGER.email());
		UUID stores = people.get(DemoTeam.STORES_LEAD.email());
		UUID care = people.get(DemoTeam.CARE_LEAD.email());
		UUID analyst = people.get(DemoTeam.QUALITY.email());
		UUID redesign = initiatives.get(DemoInitiatives.REDESIGN);
		String checkout = "touchpoint:checkout";
		UUID why = add(workspaceId, new NewAction("Find out why web payments fail",
				"Read the failed payments of the last quarter with the payment provider.", stores,
				today.minusWeeks(24), "done", 100, redesign, "pain_point", checkout, "checkout", "action", "checkout",
				now.minus(Duration.ofDays(7 * 27))));
		plans.comment(workspaceId, why, stores, DemoTeam.STORES_LEAD.name(),
				"Timeouts at the provider's 3-D Secure step behind most failures; cards saved would skip it.",
				now.minus(Duration.ofDays(7 * 25)));
		add(workspaceId, new NewAction("Ship the one-page checkout", "Saved cards, one page, a clearer payment step.",
				stores, today.minusWeeks(20), "done", 100, redesign, "pain_point", checkout, "checkout", "action",
				"checkout", now.minus(Duration.ofDays(7 * 24))));
		add(workspaceId, new NewAction("Record the new billing menu prompts", "In the four languages of the line.",
				manager, today.plusWeeks(1), "in_progress", 60, initiatives.get("billing"), "pain_point",
				"touchpoint:IVR billing", "IVR billing", "use", "IVR billing", now.minus(Duration.ofDays(30))));
		add(workspaceId, new NewAction("Plan the returns desk training at Shiraz-1",
				"Waiting for the branch's new manager to start.", stores, today.plusWeeks(2), "on_hold", 20,
				initiatives.get("shiraz"), "pain_point", "touchpoint:branch Shiraz-1", "branch Shiraz-1", "action",
				"branch Shiraz-1", now.minus(Duration.ofDays(12))));
		UUID refresher = add(workspaceId, new NewAction("Billing questions: a refresher for the care team",
				"Support is the strongest driver of NPS and scores lowest of the ratings.", care, today.plusWeeks(3),
				"not_started", 0, null, "driver", relationship + ":rating_support", "How do you rate our customer support?",
				"use", null, now.minus(Duration.ofDays(6))));
		plans.comment(workspaceId, refresher, analyst, DemoTeam.QUALITY.name(),
				"The calibration found empathy scored loosely; worth covering too.", now.minus(Duration.ofDays(5)));
		add(workspaceId, new NewAction("Put the price match promise on the shelves",
				"Prices drive NPS after support and checkout.", stores, today.minusDays(5), "in_progress", 30, null,
				"driver", relationship + ":rating_price", "How do you rate our prices?", null, null,
				now.minus(Duration.ofDays(40))));
		add(workspaceId, new NewAction("Test a shorter checkout copy in the app",
				"Dropped: the app's cart is the redesign's control and must not change while it is measured.",
				stores, today.minusWeeks(10), "cancelled", 0, null, "driver", relationship + ":rating_checkout",
				"How do you rate ordering and payment?", "action", "cart", now.minus(Duration.ofDays(7 * 21))));
		add(workspaceId, new NewAction("Staff the phone line for the evening peak",
				"Waiting time is the theme customers raise most often on the phone.", manager, today.plusWeeks(4),
				"not_started", 0, null, "theme", "waiting_time", "waiting_time", "use", null,
				now.minus(Duration.ofDays(3))));
		add(workspaceId, new NewAction("Send the payment complaints to the provider each week",
				"Payment is the root cause most often found when closing cases.", manager, today.plusDays(10),
				"in_progress", 50, null, "root_cause", "payment", "payment", null, null, now.minus(Duration.ofDays(15))));
		return 9;
	}

	private UUID add(UUID workspaceId, NewAction action) {
		return plans.create(workspaceId, "demo", action);
	}
}
