package io.tajriba.customers.internal;

import java.util.UUID;

import io.tajriba.customers.Customers.Headcount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Figures over all of a workspace's customers, summed in the database rather than streamed one by one. */
@Repository
public class CustomerFigures {

	private final JdbcClient jdbc;

	CustomerFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Headcount headcount(UUID workspaceId) {
		return jdbc.sql("select count(*) as n, count(churned_at) as churned from customers where workspace_id = :workspace")
			.param("workspace", workspaceId)
			.query((rs, n) -> new Headcount(rs.getLong("n"), rs.getLong("churned")))
			.single();
	}
}
