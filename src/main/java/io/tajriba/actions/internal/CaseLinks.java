package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which interactions cases rest on: an interaction taken as evidence, or the interaction's own text. */
@Repository
public class CaseLinks {

	private static final String TEXT = "interaction:";

	private final JdbcClient jdbc;

	CaseLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The event ids of the interactions (or their texts) that occurred in [from, to) and are a case's evidence. */
	public Set<String> interactionsBetween(UUID workspaceId, Instant from, Instant to) {
		Set<String> ids = new HashSet<>();
		jdbc.sql("""
				select kind, ref from case_evidence
				where workspace_id = :w and occurred_at >= :from and occurred_at < :to
				  and (kind = 'interaction' or kind = 'text' and ref like 'interaction:%')""")
			.param("w", workspaceId).param("from", Sql.utc(from)).param("to", Sql.utc(to))
			.query((rs, n) -> {
				String ref = rs.getString(2);
				// a text's reference is interaction:<event id>:<field>, and an event id may hold colons itself
				ids.add(rs.getString(1).equals("interaction") ? ref
						: ref.substring(TEXT.length(), Math.max(TEXT.length(), ref.lastIndexOf(':'))));
				return ref;
			})
			.list();
		return ids;
	}
}
