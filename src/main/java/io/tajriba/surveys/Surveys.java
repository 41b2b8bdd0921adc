package io.tajriba.surveys;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.surveys.domain.Choice;
import io.tajriba.surveys.domain.Emotion;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.QuestionType;
import io.tajriba.surveys.internal.ContactRules;
import io.tajriba.surveys.internal.RecoveryInvitations;
import io.tajriba.surveys.internal.RecoverySurveys;
import io.tajriba.surveys.internal.ResponseFeed;
import io.tajriba.surveys.internal.ResponseImport;
import io.tajriba.surveys.internal.SubmittedResponses;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.surveys.internal.Templates;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys for other modules: made and published from a definition or a template, answers imported and read back,
 * the workspace's contact rule, and recovery follow-ups sent to a customer.
 */
@Service
public class Surveys {

	private final SurveyService surveys;
	private final Templates templates;
	private final ResponseImport responses;
	private final SubmittedResponses submitted;
	private final ContactRules contactRules;
	private final RecoverySurveys recoverySurveys;
	private final RecoveryInvitations recovery;
	private final ResponseFeed feed;

	Surveys(SurveyService surveys, Templates templates, ResponseImport responses, SubmittedResponses submitted,
			ContactRules contactRules, RecoverySurveys recoverySurveys, RecoveryInvitations recovery,
			ResponseFeed feed) {
		this.feed = feed;
		this.surveys = surveys;
		this.templates = templates;
		this.responses = responses;
		this.submitted = submitted;
		this.contactRules = contactRules;
		this.recoverySurveys = recoverySurveys;
		this.recovery = recovery;
	}

	/** A template's definition by its name, such as {@code post-support-ces}. */
	public Optional<SurveyDocument> template(String name) {
		return templates.find(name);
	}

	/** Creates the survey and publishes it at once; its id. */
	@Transactional
	public UUID publish(Access access, String name, SurveyDocument definition) {
		UUID id = surveys.create(access, name, definition).id();
		surveys.publish(access, id);
		return id;
	}

	/** Imports answers collected elsewhere, exactly as {@code POST /api/v1/surveys/{id}/responses} does. */
	public IngestReport importResponses(UUID workspaceId, UUID surveyId, List<Row> rows) {
		return responses.ingest(workspaceId, surveyId, rows);
	}

	/** A completed response of the workspace with its answers; empty if incomplete, unknown or another's. */
	public Optional<SubmittedResponse> submitted(UUID workspaceId, UUID responseId) {
		return submitted.find(workspaceId, responseId);
	}

	/**
	 * The responses completed in [from, to), oldest first, at most {@code limit}, handed over one by one as they are
	 * read a page at a time (months of responses are never held together).
	 */
	public void submittedBetween(UUID workspaceId, Instant from, Instant to, int limit,
			Consumer<SubmittedResponse> each) {
		submitted.between(workspaceId, from, to, limit, each);
	}

	/** A survey's definition (its texts in every language and its questions); empty if the workspace has none such. */
	public Optional<SurveyDocument> definition(UUID workspaceId, UUID surveyId) {
		return surveys.find(workspaceId, surveyId).map(Survey::definition);
	}

	/** The workspace's surveys, newest first. */
	public List<SurveySummary> list(UUID workspaceId) {
		return surveys.list(workspaceId).stream().map(s -> new SurveySummary(s.id(), s.name(), s.status())).toList();
	}

	/** A survey's questions in order; empty if the workspace has no such survey. */
	public Optional<List<QuestionSummary>> questions(UUID workspaceId, UUID surveyId) {
		return surveys.find(workspaceId, surveyId)
			.map(s -> s.definition().toDefinition().questions().stream().map(Surveys::summary).toList());
	}

	private static QuestionSummary summary(Question q) {
		List<String> options = q.type() == QuestionType.EMOTION
				? Arrays.stream(Emotion.values()).map(Emotion::key).toList()
				: q.choices().stream().map(Choice::key).toList();
		return new QuestionSummary(q.key(), q.type().key(), q.text().texts(), options);
	}

	/** At most one survey invitation per customer in this many days (0: no limit); 7 unless the workspace set it. */
	public int contactDays(UUID workspaceId) {
		return contactRules.days(workspaceId);
	}

	/**
	 * E-mails the customer the follow-up survey of {@code metric} ({@code nps} or {@code csat}) at once, in their
	 * language, unless they were invited to any survey within the contact rule's days or no e-mail can reach them.
	 * {@code reference} (a case id, say; at most 200 characters) becomes the {@code interactionId} of the invitation
	 * and so of the {@link ResponseSubmitted} that answers it.
	 */
	public RecoveryInvitation recoveryInvite(UUID workspaceId, UUID customerId, String metric, String reference) {
		return recovery.invite(workspaceId, customerId, metric, reference);
	}

	/** The follow-up survey of {@code metric} ({@code nps} or {@code csat}), once a recovery invitation made it. */
	public Optional<UUID> recoverySurvey(UUID workspaceId, String metric) {
		return recoverySurveys.find(workspaceId, metric);
	}

	/**
	 * For exports: the {@link ExportedResponse#sequence()} of the {@code limit}-th completed customer response after
	 * sequence {@code after} (the last one if fewer), of those completed in [from, to) when given; empty if none.
	 */
	public java.util.OptionalLong responsePageEnd(UUID workspaceId, long after, int limit, @Nullable Instant from,
			@Nullable Instant to) {
		return feed.pageEnd(workspaceId, after, limit, from, to);
	}

	/**
	 * For exports: the completed customer responses with a sequence in (after, upTo], in sequence order, of those
	 * completed in [from, to) when given, handed over a page at a time (at most 500 held).
	 */
	public void responsesAfter(UUID workspaceId, long after, long upTo, @Nullable Instant from, @Nullable Instant to,
			Consumer<List<ExportedResponse>> page) {
		feed.after(workspaceId, after, upTo, from, to, page);
	}

	/** For exports: how many completed customer responses there are, of those completed in [from, to) when given. */
	public long responseCount(UUID workspaceId, @Nullable Instant from, @Nullable Instant to) {
		return feed.count(workspaceId, from, to);
	}
}
