package io.tajriba.reports.internal;

import java.time.Clock;

import io.tajriba.actions.AlertFired;
import io.tajriba.actions.CaseClosed;
import io.tajriba.actions.CaseOpened;
import io.tajriba.actions.CaseSlaBreached;
import io.tajriba.actions.InitiativeMeasured;
import io.tajriba.employees.IdeaStatusChanged;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.text.TextAnalysed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The other modules' events, each written as one delivery per enabled endpoint that subscribes to its type. */
@Component
class WebhookEvents {

	private final WebhookOutbox outbox;
	private final Clock clock;

	WebhookEvents(WebhookOutbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ResponseSubmitted e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(TextAnalysed e) {
		outbox.enqueue(WebhookPayloads.of(e, clock.instant()), clock.instant());
	}

	@ApplicationModuleListener
	void on(AlertFired e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(CaseOpened e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(CaseSlaBreached e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(CaseClosed e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(InitiativeMeasured e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}

	@ApplicationModuleListener
	void on(IdeaStatusChanged e) {
		outbox.enqueue(WebhookPayloads.of(e), clock.instant());
	}
}
