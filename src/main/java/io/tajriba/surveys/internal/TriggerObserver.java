package io.tajriba.surveys.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionObserver;
import io.tajriba.surveys.domain.Trigger;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import org.springframework.stereotype.Component;

/**
 * Runs the survey triggers on every stored batch of interactions, in its transaction: the customer of a matching
 * interaction is invited (at most once a batch, and not if invited within the trigger's throttle period or the
 * workspace's contact rule), and the e-mail is scheduled for after the delay, so it survives restarts and goes
 * once in a cluster.
 */
@Component
class TriggerObserver implements InteractionObserver {

	private final TriggerStore triggers;
	private final InvitationService invitations;
	private final SurveyService surveys;
	private final Customers customers;
	private final ContactRules contactRules;
	private final Clock clock;

	TriggerObserver(TriggerStore triggers, InvitationService invitations, SurveyService surveys, Customers customers,
			ContactRules contactRules, Clock clock) {
		this.triggers = triggers;
		this.invitations = invitations;
		this.surveys = surveys;
		this.customers = customers;
		this.contactRules = contactRules;
		this.clock = clock;
	}

	@Override
	public void recorded(UUID workspaceId, List<Recorded> interactions) {
		List<Trigger> active = triggers.active(workspaceId);
		if (active.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		int contactDays = contactRules.days(workspaceId);
		Set<UUID> handled = new HashSet<>();
		for (Recorded r : interactions) {
			if (r.customerId() == null || handled.contains(r.customerId())) {
				continue;
			}
			active.stream().filter(t -> t.matches(r.type(), r.channel(), r.touchpoint())).findFirst().ifPresent(t -> {
				handled.add(r.customerId());
				if (!invitations.invitedSince(workspaceId, r.customerId(), t.throttledSince(now, contactDays))) {
					invite(workspaceId, t, r, now);
				}
			});
		}
	}

	private void invite(UUID workspaceId, Trigger trigger, Recorded r, Instant now) {
		Recipient recipient = Recipient.of(customers, workspaceId, r.customerId());
		var survey = surveys.get(workspaceId, trigger.surveyId());
		if (EmployeeSurveys.asksEmployees(survey)) {
			return;
		}
		String language = survey.definition().toDefinition().languageFor(recipient.language());
		Instant sendAt = trigger.sendAt(r.occurredAt(), now);
		invitations.invite(workspaceId, trigger.surveyId(), new Invitation(workspaceId, null, trigger.surveyId(),
				r.customerId(), recipient.email(), language, r.eventId(), r.channel(), r.touchpoint(), r.agent(),
				"open", null, sendAt.plus(java.time.Duration.ofDays(14))), sendAt);
	}
}
