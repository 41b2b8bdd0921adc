package io.tajriba.actions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.actions.CaseRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in the order of their numbers (the order they were opened: a number is taken under the workspace's lock),
 * read by keyset a page at a time, optionally of those opened in a period; and the case each response led to.
 */
@Repository
public class CaseFeed {

	static final int PAGE = 1_000;

	private static final String WHERE = """
			from cases where workspace_id = :w and number > :after and number <= :upTo
			  and (cast(:from as timestamptz) is null or opened_at >= :from)
			  and (cast(:to as timestamptz) is null or opened_at < :to)
			""";

	private final JdbcClient jdbc;

	CaseFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OptionalLong pageEnd(UUID workspaceId, long after, int limit, @Nullable Instant from,
			@Nullable Instant to) {
		Long end = query("select max(number) from (select number " + WHERE + " order by number limit :limit) page",
				workspaceId, after, Long.MAX_VALUE, from, to)
			.param("limit", limit).query(Long.class).optional().orElse(null);
		return end == null ? OptionalLong.empty() : OptionalLong.of(end);
	}

	public long count(UUID workspaceId, @Nullable Instant from, @Nullable Instant to) {
		return query("select count(*) " + WHERE, workspaceId, 0, Long.MAX_VALUE, from, to).query(Long.class).single();
	}

	public void after(UUID workspaceId, long after, long upTo, @Nullable Instant from, @Nullable Instant to,
			Consumer<List<CaseRecord>> page) {
		long last = after;
		while (true) {
			List<CaseRecord> rows = query("select * " + WHERE + " order by number limit :limit", workspaceId, last,
					upTo, from, to)
				.param("limit", PAGE).query(CaseFeed::map).list();
			if (rows.isEmpty()) {
				return;
			}
			page.accept(rows);
			if (rows.size() < PAGE) {
				return;
			}
			last = rows.getLast().number();
		}
	}

	/**
	 * The case each of these responses is evidence of (the response, or one of its texts), by response id; of
	 * several, the latest opened.
	 */
	public Map<String, CaseRecord> ofResponses(UUID workspaceId, Collection<String> responseIds) {
		Map<String, CaseRecord> cases = new HashMap<>();
		if (responseIds.isEmpty()) {
			return cases;
		}
		jdbc.sql("""
				select distinct on (e.response) e.response, c.* from (
				  select case_id, case when kind = 'response' then ref else split_part(ref, ':', 2) end as response
				  from case_evidence where workspace_id = :w
				    and (kind = 'response' and ref = any(:ids)
				         or kind = 'text' and ref like 'response:%' and split_part(ref, ':', 2) = any(:ids))) e
				join cases c on c.workspace_id = :w and c.id = e.case_id
				order by e.response, c.opened_at desc""")
			.param("w", workspaceId).param("ids", responseIds.toArray(String[]::new))
			.query((rs, n) -> cases.put(rs.getString("response"), map(rs, n))).list();
		return cases;
	}

	private JdbcClient.StatementSpec query(String sql, UUID workspaceId, long after, long upTo,
			@Nullable Instant from, @Nullable Instant to) {
		return jdbc.sql(sql).param("w", workspaceId).param("after", after).param("upTo", upTo)
			.param("from", Sql.utc(from)).param("to", Sql.utc(to));
	}

	private static CaseRecord map(ResultSet rs, int n) throws SQLException {
		Object solved = rs.getObject("solved");
		return new CaseRecord(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("title"),
				rs.getString("status"), rs.getString("priority"), rs.getString("rule_name"),
				rs.getObject("customer_id", UUID.class), rs.getString("channel"), rs.getString("touchpoint"),
				rs.getString("agent"), rs.getObject("owner_id", UUID.class), rs.getObject("team_id", UUID.class),
				Sql.instant(rs, "opened_at"), Sql.instant(rs, "first_response_at"),
				Sql.instant(rs, "first_response_due"), Sql.instant(rs, "resolution_due"),
				Sql.instant(rs, "resolved_at"), Sql.instant(rs, "closed_at"), rs.getString("root_cause"),
				rs.getString("root_cause_note"), (Boolean) solved, rs.getString("resolution"));
	}
}
