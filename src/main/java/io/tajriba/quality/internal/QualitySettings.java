package io.tajriba.quality.internal;

import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.AttributionRule;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The workspace's quality settings. The attribution rule says which agent counts for a record served by several;
 * every interaction and response records one agent today, so the rule is kept for the records that will name
 * several (a case handled by several agents, a review of a transferred call). The sample size is how many of each
 * agent's interactions of a week the weekly sample picks at random (0 to 100, 5 by default).
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

	/** The settings as they stand, the defaults for a workspace that never set any. */
	public record Values(AttributionRule attribution, int samplePerAgent) {
	}

	public static final int DEFAULT_SAMPLE = 5;

	public Values values(UUID workspaceId) {
		return jdbc.sql("select attribution, sample_per_agent from quality_settings where workspace_id = :w")
			.param("w", workspaceId)
			.query((rs, n) -> new Values(AttributionRule.of("attribution", rs.getString(1)), rs.getInt(2))).optional()
			.orElse(new Values(AttributionRule.LAST, DEFAULT_SAMPLE));
	}

	/** Changes the settings given (owners and admins); a null one stays as it is. */
	public Values change(Access access, @Nullable AttributionRule rule, @Nullable Integer samplePerAgent) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins may change the quality settings");
		}
		if (samplePerAgent != null && (samplePerAgent < 0 || samplePerAgent > 100)) {
			throw new InvalidFieldException("samplePerAgent", "must be a whole number from 0 to 100");
		}
		jdbc.sql("""
				insert into quality_settings (workspace_id, attribution, sample_per_agent)
				values (:w, coalesce(cast(:a as text), 'last'), coalesce(cast(:n as int), :default))
				on conflict (workspace_id) do update
				set attribution = coalesce(cast(:a as text), quality_settings.attribution),
				    sample_per_agent = coalesce(cast(:n as int), quality_settings.sample_per_agent)""")
			.param("w", access.workspaceId()).param("a", rule == null ? null : rule.key()).param("n", samplePerAgent)
			.param("default", DEFAULT_SAMPLE).update();
		return values(access.workspaceId());
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
