package io.tajriba.surveys.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.AnswerCheck;
import io.tajriba.surveys.domain.AnswerError;
import io.tajriba.surveys.domain.InvitationToken;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import io.tajriba.surveys.internal.ResponseStore.NewResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * A respondent answering through their invitation: answers are saved as they go (incomplete until the end),
 * questions that the skip logic reveals are asked before completing, and a completed response uses the
 * invitation up and is announced.
 */
@Service
public class Respondents {

	/** Where an invitation stands when opened. */
	public enum State { OPEN, ANSWERED, EXPIRED, CLOSED }

	/** An invitation opened: the survey, the language to ask in, and the answers saved so far. */
	public record Visit(State state, Survey survey, SurveyDefinition definition, String language,
			Map<String, Answer> answers) {

		public List<Question> questions() {
			return definition.visible(answers);
		}
	}

	/** What a submission led to: finished, more questions revealed, or errors to show with the form. */
	public record Outcome(boolean complete, List<AnswerError> errors, Visit visit, boolean refused) {

		Outcome(boolean complete, List<AnswerError> errors, Visit visit) {
			this(complete, errors, visit, false);
		}
	}

	private final InvitationStore invitations;
	private final ParsedSurveys surveys;
	private final ResponseStore responses;
	private final ApplicationEventPublisher events;
	private final ObjectMapper mapper;
	private final Clock clock;

	Respondents(InvitationStore invitations, ParsedSurveys surveys, ResponseStore responses,
			ApplicationEventPublisher events, ObjectMapper mapper, Clock clock) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.responses = responses;
		this.events = events;
		this.mapper = mapper;
		this.clock = clock;
	}

	public Optional<Visit> open(String token, String wanted) {
		if (!InvitationToken.plausible(token)) {
			return Optional.empty();
		}
		return invitations.open(new InvitationToken(token)).map(opened -> visit(opened, wanted));
	}

	/** Records that the invitation's recipient wants no more survey e-mails; false if there is nobody to remember. */
	@Transactional
	public boolean unsubscribe(String token) {
		if (!InvitationToken.plausible(token)) {
			return false;
		}
		return invitations.find(new InvitationToken(token)).filter(i -> i.email() != null).map(i -> {
			invitations.unsubscribe(i.workspaceId(), i.email(), clock.instant());
			return true;
		}).orElse(false);
	}

	@Transactional
	public Optional<Outcome> submit(String token, String wanted, Map<String, Answer> given,
			@Nullable Set<String> shown) {
		return submit(token, wanted, given, shown, survey -> true);
	}

	/**
	 * Saves the answers given through this token, once {@code admit} lets the survey take one more (a rate limit);
	 * the invitation and the survey are read once, the invitation locked.
	 */
	@Transactional
	public Optional<Outcome> submit(String token, String wanted, Map<String, Answer> given,
			@Nullable Set<String> shown, Predicate<Survey> admit) {
		if (!InvitationToken.plausible(token)) {
			return Optional.empty();
		}
		Optional<InvitationStore.Opened> found = invitations.lock(new InvitationToken(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Invitation invitation = found.get().invitation();
		Visit visit = visit(found.get(), wanted);
		if (!admit.test(visit.survey())) {
			return Optional.of(new Outcome(false, List.of(), visit, true));
		}
		if (visit.state() != State.OPEN) {
			return Optional.of(new Outcome(false, List.of(), visit));
		}
		Map<String, Answer> merged = new LinkedHashMap<>(visit.answers());
		merged.putAll(AnswerCheck.normalise(visit.definition(), given));
		boolean revealed = shown != null
				&& visit.definition().visible(merged).stream().anyMatch(q -> !shown.contains(q.key()));
		AnswerCheck.Result checked = AnswerCheck.check(visit.definition(), merged, !revealed);
		// a question the skip logic has just revealed is asked before anything is called missing
		List<AnswerError> errors = checked.errors().stream()
			.filter(e -> !revealed || shown != null && shown.contains(e.question()) && !e.code().equals("required"))
			.toList();
		Instant now = clock.instant();
		boolean complete = !revealed && errors.isEmpty();
		UUID responseId = save(invitation, visit, checked.answers(), complete, now);
		if (!invitations.answered(invitation.workspaceId(), invitation.id(), responseId, complete)) {
			// cannot happen while the row is locked; should it, nothing of this submission is kept
			throw new IllegalStateException("Invitation " + invitation.id() + " was answered meanwhile");
		}
		if (complete) {
			events.publishEvent(new ResponseSubmitted(invitation.workspaceId(), invitation.surveyId(), responseId,
					invitation.customerId(), invitation.interactionId(), invitation.touchpoint(), invitation.agent(),
					visit.language(), now));
		}
		Visit after = new Visit(complete ? State.ANSWERED : State.OPEN, visit.survey(), visit.definition(),
				visit.language(), checked.answers());
		return Optional.of(new Outcome(complete, errors, after));
	}

	private UUID save(Invitation invitation, Visit visit, Map<String, Answer> answers, boolean complete, Instant now) {
		String json = AnswersJson.write(mapper, answers);
		if (invitation.responseId() != null) {
			responses.update(invitation.workspaceId(), invitation.responseId(), json, complete ? now : null);
			return invitation.responseId();
		}
		return responses.insert(invitation.workspaceId(), new NewResponse(invitation.surveyId(), null,
				invitation.customerId(), invitation.interactionId(), invitation.channel(), invitation.touchpoint(),
				invitation.agent(), visit.language(), invitation.responseSource(), json, complete, now,
				complete ? now : null)).orElseThrow();
	}

	private Visit visit(InvitationStore.Opened opened, String wanted) {
		Invitation invitation = opened.invitation();
		ParsedSurveys.Parsed parsed = surveys.get(invitation.workspaceId(), invitation.surveyId(), opened.surveyVersion());
		Survey survey = parsed.survey();
		SurveyDefinition definition = parsed.definition();
		String language = definition.languageFor(wanted.isBlank() ? invitation.language() : wanted);
		// an employee survey takes no answers here (the employee pulse asks them anonymously): closed to its links
		State state = invitation.status().equals("responded") ? State.ANSWERED
				: survey.status().equals("closed") || EmployeeSurveys.asksEmployees(survey) ? State.CLOSED
				: invitation.expiresAt().isBefore(clock.instant()) ? State.EXPIRED : State.OPEN;
		Map<String, Answer> saved = invitation.responseId() == null ? Map.of()
				: AnswersJson.read(mapper, responses.answers(invitation.workspaceId(), invitation.responseId()));
		return new Visit(state, survey, definition, language, saved);
	}
}
