package io.tajriba.journeys.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.workspaces.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A workspace's journey settings: what counts as a bad experience besides the sources' flags. Everyone reads them;
 * owners and admins change them.
 */
@Service
public class JourneySettings {

	private final JdbcClient jdbc;
	private final Clock clock;

	JourneySettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The workspace's rules; both kinds of bad experience count until it turns one off. */
	public BadExperienceRules rules(UUID workspaceId) {
		return jdbc.sql("select dissatisfied_answers, negative_texts from journey_settings where workspace_id = :w")
			.param("w", workspaceId)
			.query((rs, n) -> new BadExperienceRules(rs.getBoolean(1), rs.getBoolean(2)))
			.optional().orElse(BadExperienceRules.DEFAULT);
	}

	public BadExperienceRules save(Access access, BadExperienceRules rules) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins change what counts as a bad experience");
		}
		jdbc.sql("""
				insert into journey_settings (workspace_id, dissatisfied_answers, negative_texts, updated_at)
				values (:w, :answers, :texts, :now)
				on conflict (workspace_id) do update set dissatisfied_answers = excluded.dissatisfied_answers,
				  negative_texts = excluded.negative_texts, updated_at = excluded.updated_at""")
			.param("w", access.workspaceId()).param("answers", rules.dissatisfiedAnswers())
			.param("texts", rules.negativeTexts()).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		return rules(access.workspaceId());
	}
}
