package io.tajriba.quality.internal;

import java.util.UUID;

import io.tajriba.quality.domain.AttributionRule;
import io.tajriba.workspaces.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The workspace's quality settings. The attribution rule says which agent counts for a record served by several;
 * every interaction and response records one agent today, so the rule is kept for the records that will name
 * several (a case handled by several agents, a review of a transferred call).
 */
@Service
public class QualitySettings {

	private final JdbcClient jdbc;

	QualitySettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AttributionRule attribution(UUID workspaceId) {
		return jdbc.sql("select attribution from quality_settings where workspace_id = :w").param("w", workspaceId)
			.query(String.class).optional().map(a -> AttributionRule.of("attribution", a)).orElse(AttributionRule.LAST);
	}

	public AttributionRule setAttribution(Access access, AttributionRule rule) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins may change the quality settings");
		}
		jdbc.sql("""
				insert into quality_settings (workspace_id, attribution) values (:w, :a)
				on conflict (workspace_id) do update set attribution = excluded.attribution""")
			.param("w", access.workspaceId()).param("a", rule.key()).update();
		return rule;
	}
}
