package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The follow-up survey of each workspace and metric that recovery invitations go to: one published survey with one
 * question, made from its template on first use, and made again should someone close it.
 */
@Repository
public class RecoverySurveys {

	static final Map<String, String> NAMES = Map.of("nps", "Follow-up: how are things now?", "csat",
			"Follow-up: are you satisfied now?");

	private final JdbcClient jdbc;
	private final SurveyStore surveys;
	private final Templates templates;
	private final Clock clock;

	RecoverySurveys(JdbcClient jdbc, SurveyStore surveys, Templates templates, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.templates = templates;
		this.clock = clock;
	}

	public Optional<UUID> find(UUID workspaceId, String metric) {
		return jdbc.sql("select survey_id from survey_recovery_surveys where workspace_id = :workspace and metric = :metric")
			.param("workspace", workspaceId).param("metric", metric(metric)).query(UUID.class).optional();
	}

	/** The published follow-up survey, made now if there is none; call it in a transaction. */
	Survey ensure(UUID workspaceId, String metric) {
		// two invitations making the first follow-up at once: the second waits here, then finds the first one's
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('survey_recovery:' || :workspace || ':' || :metric, 0))")
			.param("workspace", workspaceId.toString()).param("metric", metric(metric)).query((ResultSet rs) -> {
			});
		Optional<Survey> current = find(workspaceId, metric).flatMap(id -> surveys.find(workspaceId, id))
			.filter(Survey::isPublished);
		return current.orElseGet(() -> create(workspaceId, metric));
	}

	private Survey create(UUID workspaceId, String metric) {
		SurveyDocument document = templates.recovery(metric).orElseThrow();
		document.toDefinition().checkPublishable();
		Instant now = clock.instant();
		UUID id = surveys.insert(workspaceId, NAMES.get(metric), document, now);
		surveys.status(workspaceId, id, "published", now);
		jdbc.sql("""
				insert into survey_recovery_surveys (workspace_id, metric, survey_id) values (:workspace, :metric, :survey)
				on conflict (workspace_id, metric) do update set survey_id = excluded.survey_id""")
			.param("workspace", workspaceId).param("metric", metric).param("survey", id).update();
		return surveys.find(workspaceId, id).orElseThrow();
	}

	static String metric(String metric) {
		if (!Templates.RECOVERY.contains(metric)) {
			throw new InvalidFieldException("metric", "must be nps or csat");
		}
		return metric;
	}
}
