package io.tajriba.employees.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory as pulse surveys read it: who can be invited, and where someone sits when they answer. */
@Repository
class PulseRoster {

	/** An active employee with an e-mail, and the language they prefer (if they said). */
	record Invitee(String id, String email, @Nullable String language) {
	}

	/** Where an employee sits: team, its department, location. */
	record Place(String team, String department, @Nullable String location) {
	}

	private final JdbcClient jdbc;

	PulseRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Invitee> invitees(UUID workspaceId) {
		return jdbc.sql("""
				select id, email, language from employees
				where workspace_id = :w and active and email is not null and email <> '' order by id""")
			.param("w", workspaceId)
			.query((rs, i) -> new Invitee(rs.getString("id"), rs.getString("email"), rs.getString("language")))
			.list();
	}

	Optional<String> email(UUID workspaceId, String employeeId) {
		return jdbc.sql("select email from employees where workspace_id = :w and id = :id and active")
			.param("w", workspaceId).param("id", employeeId).query(String.class).optional();
	}

	Optional<Place> place(UUID workspaceId, String employeeId) {
		return jdbc.sql("""
				select e.team, t.department, e.location from employees e
				join employee_teams t on t.workspace_id = e.workspace_id and t.name = e.team
				where e.workspace_id = :w and e.id = :id""")
			.param("w", workspaceId).param("id", employeeId)
			.query((rs, i) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
	}
}
