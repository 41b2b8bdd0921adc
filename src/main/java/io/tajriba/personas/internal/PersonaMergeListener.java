package io.tajriba.personas.internal;

import io.tajriba.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two customer profiles are merged, the survivor keeps its persona, or takes the merged one's if it had none;
 * the next assignment decides again from the joined data.
 */
@Component
class PersonaMergeListener {

	private final JdbcClient jdbc;

	PersonaMergeListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged merged) {
		jdbc.sql("""
				update persona_assignments set customer_id = :into
				where workspace_id = :workspace and customer_id = :merged
				  and not exists (select 1 from persona_assignments where workspace_id = :workspace and customer_id = :into)""")
			.param("workspace", merged.workspaceId()).param("merged", merged.mergedId()).param("into", merged.intoId())
			.update();
		jdbc.sql("delete from persona_assignments where workspace_id = :workspace and customer_id = :merged")
			.param("workspace", merged.workspaceId()).param("merged", merged.mergedId()).update();
	}
}
