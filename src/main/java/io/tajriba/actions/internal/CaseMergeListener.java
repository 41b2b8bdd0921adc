package io.tajriba.actions.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customer profiles are merged, their cases and recovery surveys follow the surviving one. */
@Component
class CaseMergeListener {

	private final JdbcClient jdbc;

	CaseMergeListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		for (String table : new String[] { "cases", "case_recoveries" }) {
			jdbc.sql("update " + table + " set customer_id = :into where workspace_id = :workspace and customer_id = :merged")
				.param("workspace", merged.workspaceId()).param("merged", merged.mergedId())
				.param("into", merged.intoId()).update();
		}
	}
}
