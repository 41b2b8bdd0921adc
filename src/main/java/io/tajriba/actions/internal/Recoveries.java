package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tajriba.surveys.RecoveryInvitation;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.surveys.Surveys;
import io.tajriba.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey a customer may get when their case closes (one NPS or CSAT question), within the workspace's
 * contact-frequency rule, and their answer: recovered at 7 or more out of 10, or 4 or more out of 5.
 */
@Component
class Recoveries {

	private final Surveys surveys;
	private final JdbcClient jdbc;
	private final CaseLog log;

	Recoveries(Surveys surveys, JdbcClient jdbc, CaseLog log) {
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.log = log;
	}

	static boolean recovered(String metric, int score) {
		return metric.equals("nps") ? score >= 7 : score >= 4;
	}

	static String metric(String value) {
		if (!value.equals("nps") && !value.equals("csat")) {
			throw new InvalidFieldException("recovery", "must be nps or csat");
		}
		return value;
	}

	/** Sends the survey (or records why it was not sent: no e-mail, contacted recently) for a closing case. */
	String send(CaseRow c, String metric, String actor, Instant now) {
		if (c.customerId() == null) {
			throw new InvalidFieldException("recovery", "this case is about no customer to ask");
		}
		RecoveryInvitation invitation = surveys.recoveryInvite(c.workspaceId(), c.customerId(), metric,
				"case:" + c.id());
		String outcome = invitation.outcome().name().toLowerCase(java.util.Locale.ROOT);
		jdbc.sql("""
				insert into case_recoveries (workspace_id, case_id, customer_id, metric, outcome, survey_id,
				  invitation_id, sent_at)
				values (:w, :case, :customer, :metric, :outcome, :survey, :invitation, :now)
				on conflict (workspace_id, case_id) do update set metric = excluded.metric, outcome = excluded.outcome,
				  survey_id = excluded.survey_id, invitation_id = excluded.invitation_id, sent_at = excluded.sent_at,
				  response_id = null, score = null, answered_at = null""")
			.param("w", c.workspaceId()).param("case", c.id()).param("customer", c.customerId())
			.param("metric", metric).param("outcome", outcome).param("survey", invitation.surveyId())
			.param("invitation", invitation.invitationId()).param("now", Sql.utc(now)).update();
		log.record(c.workspaceId(), c.id(), now, actor, null, "recovery", Map.of("metric", metric, "outcome", outcome));
		return outcome;
	}

	/**
	 * The customer's answer to the recovery question taken another way (asked on the phone by the case's owner):
	 * kept as the case's recovery answer, as a survey answer would be.
	 */
	void answeredBy(CaseRow c, String metric, int score, String actor, Instant at) {
		if (c.customerId() == null) {
			throw new InvalidFieldException("score", "this case is about no customer to ask");
		}
		int max = metric.equals("nps") ? 10 : 5;
		if (score < (metric.equals("nps") ? 0 : 1) || score > max) {
			throw new InvalidFieldException("score", "must be a whole number on the " + metric + " scale");
		}
		jdbc.sql("""
				insert into case_recoveries (workspace_id, case_id, customer_id, metric, outcome, sent_at, score,
				  answered_at)
				values (:w, :case, :customer, :metric, 'asked', :at, :score, :at)
				on conflict (workspace_id, case_id) do update set metric = excluded.metric, outcome = 'asked',
				  score = excluded.score, answered_at = excluded.answered_at""")
			.param("w", c.workspaceId()).param("case", c.id()).param("customer", c.customerId())
			.param("metric", metric).param("at", Sql.utc(at)).param("score", score).update();
		log.record(c.workspaceId(), c.id(), at, actor, null, "recovery_answered", Map.of("metric", metric,
				"score", String.valueOf(score), "recovered", String.valueOf(recovered(metric, score))));
	}

	/** A response that answers a recovery survey sent when a case closed (heard by {@link SignalListener}). */
	void on(ResponseSubmitted submitted) {
		if (submitted.customerId() == null) {
			return;
		}
		var waiting = jdbc.sql("""
				select case_id, metric from case_recoveries where workspace_id = :w and survey_id = :survey
				  and customer_id = :customer and answered_at is null and outcome = 'sent'""")
			.param("w", submitted.workspaceId()).param("survey", submitted.surveyId())
			.param("customer", submitted.customerId())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
		if (waiting.isEmpty()) {
			return;
		}
		surveys.submitted(submitted.workspaceId(), submitted.responseId()).ifPresent(r -> waiting
			.forEach(w -> answered(r, w.getKey(), w.getValue())));
	}

	private void answered(SubmittedResponse r, UUID caseId, String metric) {
		r.answers().stream().filter(a -> a.kind().equals(metric) && a.score() != null).findFirst().ifPresent(a -> {
			jdbc.sql("""
					update case_recoveries set response_id = :response, score = :score, answered_at = :at
					where workspace_id = :w and case_id = :case""")
				.param("w", r.workspaceId()).param("case", caseId).param("response", r.responseId())
				.param("score", a.score()).param("at", Sql.utc(r.completedAt())).update();
			log.record(r.workspaceId(), caseId, r.completedAt(), "customer", null, "recovery_answered",
					Map.of("metric", metric, "score", String.valueOf(a.score()),
							"recovered", String.valueOf(recovered(metric, a.score()))));
		});
	}
}
