package io.tajriba.interactions.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.tajriba.customers.CustomerTimeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A customer's interactions on their 360 page, across all channels. */
@Component
class InteractionTimeline implements CustomerTimeline {

	private final JdbcClient jdbc;

	InteractionTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> entries(UUID workspaceId, UUID customerId, int limit) {
		return jdbc.sql("""
				select i.event_id, i.occurred_at, i.type, c.key, t.name, i.agent, i.value, i.currency, i.text
				from interactions i
				join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
				left join touchpoints t on t.workspace_id = i.workspace_id and t.id = i.touchpoint_id
				where i.workspace_id = :workspace and i.customer_id = :customer
				order by i.occurred_at desc, i.event_id desc limit :limit""")
			.param("workspace", workspaceId).param("customer", customerId).param("limit", limit)
			.query((rs, n) -> new Entry("interactions", rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9)))
			.list();
	}
}
