package io.tajriba.workspaces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Membership;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspaces table. */
@Repository
public class WorkspaceRecords {

	private final JdbcClient jdbc;

	WorkspaceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Workspace insert(String name, String locale, ZoneId zone, CalendarSystem calendar) {
		UUID id = jdbc.sql("""
				insert into workspaces (name, default_locale, time_zone, calendar)
				values (:name, :locale, :zone, :calendar) returning id""")
			.param("name", name).param("locale", locale).param("zone", zone.getId()).param("calendar", calendar.id())
			.query(UUID.class).single();
		return new Workspace(id, name, locale, zone, calendar);
	}

	public void update(Workspace workspace) {
		jdbc.sql("""
				update workspaces set name = :name, default_locale = :locale, time_zone = :zone, calendar = :calendar
				where id = :id""")
			.param("id", workspace.id()).param("name", workspace.name()).param("locale", workspace.defaultLocale())
			.param("zone", workspace.timeZone().getId()).param("calendar", workspace.calendar().id())
			.update();
	}

	public Optional<Workspace> find(UUID id) {
		return jdbc.sql("select * from workspaces where id = :id").param("id", id).query(WorkspaceRecords::map).optional();
	}

	public Optional<Workspace> findByName(String name) {
		return jdbc.sql("select * from workspaces where name = :name order by created_at limit 1")
			.param("name", name).query(WorkspaceRecords::map).optional();
	}

	public List<Membership> membershipsOf(UUID userId) {
		return jdbc.sql("""
				select w.*, m.role from memberships m join workspaces w on w.id = m.workspace_id
				where m.user_id = :user order by m.created_at, w.name""")
			.param("user", userId)
			.query((rs, n) -> new Membership(map(rs, n), Role.of("role", rs.getString("role"))))
			.list();
	}

	static Workspace map(ResultSet rs, int row) throws SQLException {
		return new Workspace(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("default_locale"),
				ZoneId.of(rs.getString("time_zone")), CalendarSystem.of("calendar", rs.getString("calendar")));
	}
}
