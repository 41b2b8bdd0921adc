package io.tajriba.surveys.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customer profiles are merged, their responses, scores and invitations follow the surviving one. */
@Component
class ResponseMergeListener {

	private final JdbcClient jdbc;

	ResponseMergeListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		for (String table : new String[] { "survey_responses", "survey_scores", "survey_invitations" }) {
			jdbc.sql("update " + table + " set customer_id = :into where workspace_id = :workspace and customer_id = :merged")
				.param("workspace", merged.workspaceId()).param("merged", merged.mergedId())
				.param("into", merged.intoId()).update();
		}
	}
}
