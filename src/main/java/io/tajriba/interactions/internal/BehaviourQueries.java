package io.tajriba.interactions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.interactions.CustomerBehaviour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each customer's behaviour (support contacts: tickets, calls and chats), computed in one pass over the workspace's interactions grouped by customer and
 * channel, and handed over one customer at a time.
 */
@Repository
public class BehaviourQueries {

	private final JdbcClient jdbc;

	BehaviourQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void each(UUID workspaceId, Consumer<CustomerBehaviour> consumer) {
		var current = new Object() {
			UUID customer;
			long interactions;
			long purchases;
			BigDecimal revenue = BigDecimal.ZERO;
			long support;
			Instant first;
			Instant last;
			Map<String, Long> channels = new HashMap<>();

			void flush() {
				if (customer != null) {
					consumer.accept(new CustomerBehaviour(customer, interactions, purchases, revenue, support, first,
							last, channels));
				}
			}
		};
		jdbc.sql("""
				select i.customer_id, c.key, count(*),
				  count(*) filter (where i.type = 'purchase'),
				  coalesce(sum(i.value) filter (where i.type = 'purchase'), 0)
				    - coalesce(sum(abs(i.value)) filter (where i.type = 'refund'), 0),
				  count(*) filter (where i.type in ('support_ticket', 'call', 'chat')),
				  min(i.occurred_at), max(i.occurred_at)
				from interactions i join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
				where i.workspace_id = :workspace and i.customer_id is not null
				group by i.customer_id, c.key order by i.customer_id""")
			.param("workspace", workspaceId)
			.query(rs -> {
				UUID customer = rs.getObject(1, UUID.class);
				if (!customer.equals(current.customer)) {
					current.flush();
					current.customer = customer;
					current.interactions = 0;
					current.purchases = 0;
					current.revenue = BigDecimal.ZERO;
					current.support = 0;
					current.first = null;
					current.last = null;
					current.channels = new HashMap<>();
				}
				long n = rs.getLong(3);
				current.channels.put(rs.getString(2), n);
				current.interactions += n;
				current.purchases += rs.getLong(4);
				current.revenue = current.revenue.add(rs.getBigDecimal(5));
				current.support += rs.getLong(6);
				Instant first = rs.getObject(7, OffsetDateTime.class).toInstant();
				Instant last = rs.getObject(8, OffsetDateTime.class).toInstant();
				current.first = current.first == null || first.isBefore(current.first) ? first : current.first;
				current.last = current.last == null || last.isAfter(current.last) ? last : current.last;
			});
		current.flush();
	}
}
