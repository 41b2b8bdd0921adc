package io.tajriba.surveys.internal;

import java.time.Clock;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The workspace's contact rule: at most one survey invitation per customer in so many days, whatever asks (a
 * trigger, a recovery follow-up), so that customers are not worn out by surveys. 7 days unless set; 0 is no limit.
 */
@Service
public class ContactRules {

	public static final int DEFAULT_DAYS = 7;
	public static final int MAX_DAYS = 365;

	private final JdbcClient jdbc;
	private final Clock clock;

	ContactRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public int days(UUID workspaceId) {
		return jdbc.sql("select days from survey_contact_rules where workspace_id = :workspace")
			.param("workspace", workspaceId).query(Integer.class).optional().orElse(DEFAULT_DAYS);
	}

	/** Sets the rule; owners, admins and analysts may, as they run the surveys. */
	public int change(Access access, @Nullable Integer days) {
		Role role = access.role();
		if (role != Role.OWNER && role != Role.ADMIN && role != Role.ANALYST) {
			throw new AccessDeniedException("Only owners, admins and analysts may change the contact rule");
		}
		if (days == null || days < 0 || days > MAX_DAYS) {
			throw new InvalidFieldException("days", "must be a whole number from 0 (no limit) to " + MAX_DAYS);
		}
		jdbc.sql("""
				insert into survey_contact_rules (workspace_id, days, updated_at) values (:workspace, :days, :now)
				on conflict (workspace_id) do update set days = excluded.days, updated_at = excluded.updated_at""")
			.param("workspace", access.workspaceId()).param("days", days)
			.param("now", SurveyStore.utc(clock.instant())).update();
		return days;
	}
}
