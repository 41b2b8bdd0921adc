package io.tajriba.interactions.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** When two customer profiles are merged, their interactions follow the surviving one. */
@Component
class CustomerMergeListener {

	private final InteractionStore store;

	private final PurchaserCache purchasers;

	CustomerMergeListener(InteractionStore store, PurchaserCache purchasers) {
		this.store = store;
		this.purchasers = purchasers;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		store.reassignCustomer(merged.workspaceId(), merged.mergedId(), merged.intoId());
		purchasers.forget(merged.workspaceId());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {  // and once the new owners are committed
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					purchasers.forget(merged.workspaceId());
				}
			});
		}
	}
}
