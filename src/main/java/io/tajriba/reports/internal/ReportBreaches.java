package io.tajriba.reports.internal;

import io.tajriba.actions.CaseSlaBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the cases that missed a service level, for the reports and the overview's feed. */
@Component
class ReportBreaches {

	private final SubscriptionStore store;

	ReportBreaches(SubscriptionStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CaseSlaBreached event) {
		store.breached(event.workspaceId(), event.caseId(), event.target(), event.number(), event.priority(),
				event.at());
	}
}
