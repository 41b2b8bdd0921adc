package io.tajriba.interactions.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.tajriba.interactions.domain.ChannelKind;
import io.tajriba.interactions.domain.InteractionRow;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interactions, channels and touchpoints. A batch goes by COPY into a per-connection staging table and from
 * there by one insert that skips event ids already stored, so replays are harmless, also across nodes.
 */
@Repository
class InteractionStore {

	private static final String STAGING = """
			create temp table if not exists interactions_staging (
			  line int, event_id text, customer_id uuid, type text, channel_id bigint, touchpoint_id bigint,
			  occurred_at timestamptz, agent text, session_id text, value numeric(18, 2), currency char(3),
			  duration_seconds int, text text, properties jsonb
			) on commit delete rows""";

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	InteractionStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** The id of each channel key, creating the channels seen for the first time. */
	Map<String, Long> channels(UUID workspaceId, Set<String> keys) {
		String[] array = keys.toArray(String[]::new);
		jdbc.sql("""
				insert into channels (workspace_id, key, kind)
				select :workspace, k, case when k = any(cast(:online as text[])) then 'online' else 'offline' end
				from unnest(cast(:keys as text[])) k
				on conflict do nothing""")
			.param("workspace", workspaceId).param("keys", array).param("online", ChannelKind.onlineByDefault())
			.update();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select key, id from channels where workspace_id = :workspace and key = any(cast(:keys as text[]))")
			.param("workspace", workspaceId).param("keys", array)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/** The id of each (channel, touchpoint name), creating the touchpoints seen for the first time. */
	Map<String, Long> touchpoints(UUID workspaceId, Set<Map.Entry<Long, String>> wanted) {
		Long[] channelIds = wanted.stream().map(Map.Entry::getKey).toArray(Long[]::new);
		String[] names = wanted.stream().map(Map.Entry::getValue).toArray(String[]::new);
		jdbc.sql("""
				insert into touchpoints (workspace_id, channel_id, name)
				select :workspace, c, n from unnest(cast(:channels as bigint[]), cast(:names as text[])) as t(c, n)
				on conflict do nothing""")
			.param("workspace", workspaceId).param("channels", channelIds).param("names", names).update();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				select t.channel_id, t.name, t.id from touchpoints t
				join unnest(cast(:channels as bigint[]), cast(:names as text[])) as w(c, n)
				  on t.channel_id = w.c and t.name = w.n
				where t.workspace_id = :workspace""")
			.param("workspace", workspaceId).param("channels", channelIds).param("names", names)
			.query(rs -> {
				ids.put(key(rs.getLong(1), rs.getString(2)), rs.getLong(3));
			});
		return ids;
	}

	static String key(long channelId, String touchpoint) {
		return channelId + "\u0000" + touchpoint;
	}

	/** A staged row: the checked interaction with its resolved ids. */
	record Staged(int line, InteractionRow row, @Nullable UUID customerId, long channelId,
			@Nullable Long touchpointId) {
	}

	/**
	 * Stores the rows whose event id is new (the first of several with the same id in one batch) and answers the
	 * event ids stored. Must run inside the caller's transaction.
	 */
	Set<String> insertNew(UUID workspaceId, List<Staged> rows, Instant receivedAt) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			jdbc.sql(STAGING).update();
			CopyCsv csv = new CopyCsv();
			for (Staged s : rows) {
				InteractionRow r = s.row();
				csv.field(s.line()).field(r.eventId()).field(s.customerId()).field(r.type()).field(s.channelId())
					.field(s.touchpointId()).field(r.occurredAt()).field(r.agent()).field(r.sessionId())
					.field(r.value()).field(r.currency()).field(r.durationSeconds()).field(r.text())
					.field(r.properties()).endLine();
			}
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy interactions_staging from stdin (format csv)", new StringReader(csv.toString()));
		}
		catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("COPY into the staging table failed", e);
		}
		Set<String> inserted = new HashSet<>();
		jdbc.sql("""
				insert into interactions (workspace_id, event_id, customer_id, type, channel_id, touchpoint_id,
				  occurred_at, agent, session_id, value, currency, duration_seconds, text, properties, received_at)
				select distinct on (event_id) :workspace, event_id, customer_id, type, channel_id, touchpoint_id,
				  occurred_at, agent, session_id, value, currency, duration_seconds, text, properties, :received
				from interactions_staging order by event_id, line
				on conflict (workspace_id, event_id) do nothing
				returning event_id""")
			.param("workspace", workspaceId).param("received", Timestamp.from(receivedAt))
			.query(rs -> {
				inserted.add(rs.getString(1));
			});
		return inserted;
	}

	void reassignCustomer(UUID workspaceId, UUID from, UUID to) {
		jdbc.sql("update interactions set customer_id = :to where workspace_id = :workspace and customer_id = :from")
			.param("workspace", workspaceId).param("from", from).param("to", to).update();
	}
}
