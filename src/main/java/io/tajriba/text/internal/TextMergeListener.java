package io.tajriba.text.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customer profiles are merged, their analysed and queued texts follow the surviving one. */
@Component
class TextMergeListener {

	private final JdbcClient jdbc;

	TextMergeListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		for (String table : new String[] { "text_analyses", "text_queue" }) {
			jdbc.sql("update " + table + " set customer_id = :into where workspace_id = :workspace and customer_id = :merged")
				.param("workspace", merged.workspaceId()).param("merged", merged.mergedId())
				.param("into", merged.intoId()).update();
		}
	}
}
