package io.tajriba.interactions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.tajriba.interactions.JourneyRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A workspace's interactions in customer-then-time order, as compact rows for journey analysis. PostgreSQL sends
 * a result in one piece unless it is read with a cursor, which pgjdbc opens only inside a transaction and with a
 * fetch size: so ten million rows pass through in batches instead of sitting in memory next to what is built of
 * them.
 */
@Repository
public class JourneyRowQueries {

	private static final int FETCH_SIZE = 20_000;

	// the second an interaction happened, floored as Instant.getEpochSecond floors it (a cast would round)
	private static final String COLUMNS = """
			select i.customer_id, floor(extract(epoch from i.occurred_at))::bigint, i.type, c.key, t.name,
			       i.properties ->> 'stage', i.properties ->> 'outcome', i.text is not null, i.value, i.event_id
			from interactions i
			join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
			left join touchpoints t on t.workspace_id = i.workspace_id and t.id = i.touchpoint_id
			where i.workspace_id = ? and i.customer_id is not null""";

	private static final String SQL = COLUMNS + " %s order by i.customer_id, i.occurred_at, i.event_id";

	/** How many event ids one query looks up. */
	private static final int LOOKUP = 1_000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate readOnly;

	JourneyRowQueries(DataSource dataSource, PlatformTransactionManager transactions) {
		jdbc = new JdbcTemplate(dataSource);
		jdbc.setFetchSize(FETCH_SIZE);
		readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
	}

	/** Every interaction with a customer (of one customer, when given), in customer-then-time order. */
	public void each(UUID workspaceId, @Nullable UUID customerId, Consumer<JourneyRow> consumer) {
		Object[] args = customerId == null ? new Object[] {workspaceId} : new Object[] {workspaceId, customerId};
		String sql = SQL.formatted(customerId == null ? "" : "and i.customer_id = ?");
		readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
			consumer.accept(row(rs));
		}, args));
	}

	/** The interactions with a customer among these event ids, by event id; unknown ids are left out. */
	public Map<String, JourneyRow> find(UUID workspaceId, Collection<String> eventIds) {
		Map<String, JourneyRow> found = new HashMap<>();
		List<String> ids = List.copyOf(new LinkedHashSet<>(eventIds));
		for (int from = 0; from < ids.size(); from += LOOKUP) {
			String[] chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP)).toArray(String[]::new);
			jdbc.query(COLUMNS + " and i.event_id = any(?)", rs -> {
				found.put(rs.getString(10), row(rs));
			}, workspaceId, chunk);
		}
		return found;
	}

	private static JourneyRow row(ResultSet rs) throws SQLException {
		return new JourneyRow(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBigDecimal(9));
	}
}
