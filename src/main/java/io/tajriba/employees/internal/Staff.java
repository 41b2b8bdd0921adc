package io.tajriba.employees.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employees the idea box needs: who a member is as an employee, and an employee by id. */
@Repository
class Staff {

	/** An active employee and the member account they are, if any. */
	record Employee(String id, String name, @Nullable UUID userId) {
	}

	private final JdbcClient jdbc;

	Staff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Employee> ofUser(UUID workspaceId, UUID userId) {
		return jdbc.sql("select id, name, user_id from employees where workspace_id = :w and user_id = :u and active")
			.param("w", workspaceId).param("u", userId)
			.query((rs, n) -> new Employee(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class))).optional();
	}

	Optional<Employee> byId(UUID workspaceId, String id) {
		return jdbc.sql("select id, name, user_id from employees where workspace_id = :w and id = :id and active")
			.param("w", workspaceId).param("id", id)
			.query((rs, n) -> new Employee(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class))).optional();
	}

	Optional<String> name(UUID workspaceId, String id) {
		return jdbc.sql("select name from employees where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(String.class).optional();
	}
}
