package io.tajriba.employees.internal;

import java.time.Clock;
import java.util.UUID;

import io.tajriba.employees.EmployeeRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A workspace's rules for employee figures, the defaults until someone changes them. */
@Repository
public class EmployeeSettingsStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	EmployeeSettingsStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public EmployeeRules rules(UUID workspaceId) {
		return jdbc.sql("""
				select anonymity_threshold, promoter_min, detractor_max from employee_settings where workspace_id = :w""")
			.param("w", workspaceId)
			.query((rs, i) -> new EmployeeRules(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.optional()
			.orElse(EmployeeRules.DEFAULT);
	}

	public void save(UUID workspaceId, EmployeeRules rules) {
		jdbc.sql("""
				insert into employee_settings (workspace_id, anonymity_threshold, promoter_min, detractor_max, updated_at)
				values (:w, :k, :p, :d, :now)
				on conflict (workspace_id) do update set anonymity_threshold = excluded.anonymity_threshold,
				  promoter_min = excluded.promoter_min, detractor_max = excluded.detractor_max, updated_at = excluded.updated_at""")
			.param("w", workspaceId).param("k", rules.threshold()).param("p", rules.promoterMin())
			.param("d", rules.detractorMax()).param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}
}
