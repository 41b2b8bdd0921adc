package io.tajriba.interactions.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customer profiles are merged, their interactions follow the surviving one. */
@Component
class CustomerMergeListener {

	private final InteractionStore store;

	CustomerMergeListener(InteractionStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		store.reassignCustomer(merged.workspaceId(), merged.mergedId(), merged.intoId());
	}
}
