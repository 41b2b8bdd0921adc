package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of cases by filter, a page at a time, always within one workspace. */
@Repository
class CaseQueries {

	private final JdbcClient jdbc;
	private final CaseStore store;

	CaseQueries(JdbcClient jdbc, CaseStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	List<CaseRow> list(UUID workspaceId, CaseFilter f, Instant now, int offset, int limit) {
		boolean restricted = f.owners() != null;
		return jdbc.sql("""
				select * from cases c where c.workspace_id = :w
				  and (cardinality(cast(:statuses as text[])) = 0 or c.status = any(:statuses))
				  and (cardinality(cast(:priorities as text[])) = 0 or c.priority = any(:priorities))
				  and (cast(:owner as uuid) is null or c.owner_id = :owner)
				  and (cast(:customer as uuid) is null or c.customer_id = :customer)
				  and (cast(:rule as uuid) is null or c.rule_id = :rule)
				  and (cast(:touchpoint as text) is null or c.touchpoint = :touchpoint)
				  and (not :overdue or c.status in ('new', 'open', 'waiting')
				       and (c.first_response_due < :now or c.resolution_due < :now))
				  and (not :restricted or c.owner_id = any(:owners) or c.team_id = any(:teams))
				order by
				  case when :byTimeLeft and c.status in ('new', 'open', 'waiting') then 0 else 1 end,
				  case when :byTimeLeft then least(c.first_response_due, c.resolution_due) end nulls last,
				  c.opened_at desc, c.number desc
				offset :offset limit :limit""")
			.param("w", workspaceId).param("statuses", f.statuses().toArray(String[]::new))
			.param("priorities", f.priorities().toArray(String[]::new)).param("owner", f.owner())
			.param("customer", f.customer()).param("rule", f.rule()).param("touchpoint", f.touchpoint())
			.param("overdue", f.overdue()).param("now", Sql.utc(now)).param("restricted", restricted)
			.param("owners", restricted ? f.owners().toArray(UUID[]::new) : new UUID[0])
			.param("teams", f.teams() == null ? new UUID[0] : f.teams().toArray(UUID[]::new))
			.param("byTimeLeft", f.byTimeLeft()).param("offset", offset).param("limit", limit)
			.query(store::map).list();
	}
}
