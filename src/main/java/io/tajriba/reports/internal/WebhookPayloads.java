package io.tajriba.reports.internal;

import java.util.Map;

import io.tajriba.actions.AlertFired;
import io.tajriba.actions.CaseClosed;
import io.tajriba.actions.CaseOpened;
import io.tajriba.actions.CaseSlaBreached;
import io.tajriba.actions.InitiativeMeasured;
import io.tajriba.employees.IdeaStatusChanged;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.text.TextAnalysed;

/**
 * The other modules' events as webhook messages of the catalogue's types. What a payload carries: ids, codes and
 * figures, customer ids but never their e-mail addresses or names; a response's agent key is left out as it may be
 * a person's name; an analysed text's beginning is sent, as text.analysed promises.
 */
final class WebhookPayloads {

	private WebhookPayloads() {
	}

	static WebhookMessage of(ResponseSubmitted e) {
		return new WebhookMessage(e.workspaceId(), "response.completed", e.completedAt(), "response:" + e.responseId(),
				new WebhookMessage.Data().put("responseId", e.responseId()).put("surveyId", e.surveyId())
					.put("customerId", e.customerId()).put("interactionId", e.interactionId())
					.put("touchpoint", e.touchpoint()).put("language", e.language()).put("completedAt", e.completedAt())
					.fields());
	}

	static WebhookMessage of(TextAnalysed e, java.time.Instant now) {
		return new WebhookMessage(e.workspaceId(), "text.analysed", now,
				"text:" + e.sourceKind() + ":" + e.sourceId() + ":" + e.field() + ":" + e.sentiment() + ":" + e.score()
						+ ":" + e.themes(),
				new WebhookMessage.Data().put("sourceKind", e.sourceKind()).put("sourceId", e.sourceId())
					.put("field", e.field()).put("language", e.language()).put("sentiment", e.sentiment())
					.put("score", e.score()).put("emotions", Map.copyOf(e.emotions())).put("themes", e.themes())
					.put("customerId", e.customerId()).put("occurredAt", e.occurredAt()).put("excerpt", e.excerpt())
					.fields());
	}

	static WebhookMessage of(AlertFired e) {
		return new WebhookMessage(e.workspaceId(), "alert.fired", e.at(),
				"alert:" + e.ruleId() + ":" + e.caseId() + ":" + e.kind() + ":" + e.ref(),
				new WebhookMessage.Data().put("ruleId", e.ruleId()).put("caseId", e.caseId()).put("kind", e.kind())
					.put("ref", e.ref()).put("customerId", e.customerId()).put("opened", e.opened()).put("at", e.at())
					.fields());
	}

	static WebhookMessage of(CaseOpened e) {
		return new WebhookMessage(e.workspaceId(), "case.created", e.at(), "case-opened:" + e.caseId(),
				new WebhookMessage.Data().put("caseId", e.caseId()).put("number", e.number()).put("ruleId", e.ruleId())
					.put("customerId", e.customerId()).put("priority", e.priority()).put("ownerId", e.ownerId())
					.put("at", e.at()).fields());
	}

	static WebhookMessage of(CaseSlaBreached e) {
		return new WebhookMessage(e.workspaceId(), "case.sla_breached", e.at(),
				"case-sla:" + e.caseId() + ":" + e.target(),
				new WebhookMessage.Data().put("caseId", e.caseId()).put("number", e.number()).put("target", e.target())
					.put("priority", e.priority()).put("ownerId", e.ownerId()).put("at", e.at()).fields());
	}

	static WebhookMessage of(CaseClosed e) {
		return new WebhookMessage(e.workspaceId(), "case.closed", e.at(), "case-closed:" + e.caseId() + ":" + e.at(),
				new WebhookMessage.Data().put("caseId", e.caseId()).put("number", e.number()).put("ruleId", e.ruleId())
					.put("customerId", e.customerId()).put("rootCause", e.rootCause()).put("solved", e.solved())
					.put("at", e.at()).fields());
	}

	static WebhookMessage of(InitiativeMeasured e) {
		WebhookMessage.Data data = new WebhookMessage.Data().put("initiativeId", e.initiativeId())
			.put("title", e.title()).put("metric", e.metric()).put("verdict", e.verdict())
			.put("evidence", e.evidence()).put("effect", e.effect());
		if (e.low() != null && e.high() != null) {
			data.put("ci95", new WebhookMessage.Data().put("low", e.low()).put("high", e.high()).fields());
		}
		return new WebhookMessage(e.workspaceId(), "initiative.result", e.at(),
				"initiative:" + e.initiativeId() + ":" + e.at(), data.put("at", e.at()).fields());
	}

	static WebhookMessage of(IdeaStatusChanged e) {
		return new WebhookMessage(e.workspaceId(), "idea.status_changed", e.at(),
				"idea:" + e.ideaId() + ":" + e.from() + ":" + e.to() + ":" + e.at(),
				new WebhookMessage.Data().put("ideaId", e.ideaId()).put("number", e.number()).put("title", e.title())
					.put("from", e.from()).put("to", e.to()).put("reason", e.reason()).put("actionId", e.actionId())
					.put("at", e.at()).fields());
	}
}
