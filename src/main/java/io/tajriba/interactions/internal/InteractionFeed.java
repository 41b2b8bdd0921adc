package io.tajriba.interactions.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.ReceivedInteraction;
import io.tajriba.interactions.ReceivedInteraction.Key;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interactions in the order they were received (received instant, event id), read by keyset a page at a time,
 * optionally of those that occurred in a period: what exports read.
 */
@Repository
public class InteractionFeed {

	static final int PAGE = 1_000;

	private static final String WHERE = """
			from interactions i
			join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
			left join touchpoints t on t.workspace_id = i.workspace_id and t.id = i.touchpoint_id
			where i.workspace_id = :workspace
			  and (cast(:afterAt as timestamptz) is null or (i.received_at, i.event_id) > (:afterAt, :afterId))
			  and (cast(:upToAt as timestamptz) is null or (i.received_at, i.event_id) <= (:upToAt, :upToId))
			  and (cast(:from as timestamptz) is null or i.occurred_at >= :from)
			  and (cast(:to as timestamptz) is null or i.occurred_at < :to)
			""";

	private final JdbcClient jdbc;

	InteractionFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Key> pageEnd(UUID workspaceId, @Nullable Key after, int limit, @Nullable Instant from,
			@Nullable Instant to) {
		return query("select received_at, event_id from (select i.received_at, i.event_id " + WHERE
				+ " order by i.received_at, i.event_id limit :limit) page order by received_at desc, event_id desc"
				+ " limit 1", workspaceId, after, null, from, to)
			.param("limit", limit)
			.query((rs, n) -> new Key(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
			.optional();
	}

	public Optional<Instant> lastReceived(UUID workspaceId) {
		return jdbc.sql("""
				select received_at from interactions where workspace_id = :workspace
				order by received_at desc limit 1""")
			.param("workspace", workspaceId).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
	}

	public long count(UUID workspaceId, @Nullable Instant from, @Nullable Instant to) {
		return query("select count(*) " + WHERE, workspaceId, null, null, from, to).query(Long.class).single();
	}

	public void after(UUID workspaceId, @Nullable Key after, @Nullable Key upTo, @Nullable Instant from,
			@Nullable Instant to, Consumer<List<ReceivedInteraction>> page) {
		Key last = after;
		while (true) {
			List<ReceivedInteraction> rows = query("""
					select i.event_id, i.customer_id, i.type, c.key, t.name, i.occurred_at, i.agent, i.session_id,
					       i.value, i.currency, i.duration_seconds, i.text, i.properties, i.received_at
					""" + WHERE + " order by i.received_at, i.event_id limit :limit", workspaceId, last, upTo, from, to)
				.param("limit", PAGE).query(InteractionFeed::map).list();
			if (rows.isEmpty()) {
				return;
			}
			page.accept(rows);
			if (rows.size() < PAGE) {
				return;
			}
			last = rows.getLast().key();
		}
	}

	private JdbcClient.StatementSpec query(String sql, UUID workspaceId, @Nullable Key after, @Nullable Key upTo,
			@Nullable Instant from, @Nullable Instant to) {
		return jdbc.sql(sql).param("workspace", workspaceId)
			.param("afterAt", after == null ? null : Timestamp.from(after.receivedAt()))
			.param("afterId", after == null ? null : after.eventId())
			.param("upToAt", upTo == null ? null : Timestamp.from(upTo.receivedAt()))
			.param("upToId", upTo == null ? null : upTo.eventId())
			.param("from", from == null ? null : Timestamp.from(from))
			.param("to", to == null ? null : Timestamp.from(to));
	}

	private static ReceivedInteraction map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		InteractionView view = new InteractionView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
				rs.getString(8), rs.getBigDecimal(9), rs.getString(10), (Integer) rs.getObject(11), rs.getString(12),
				rs.getString(13));
		return new ReceivedInteraction(new Key(rs.getObject(14, OffsetDateTime.class).toInstant(), view.id()), view);
	}
}
