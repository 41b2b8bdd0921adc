package io.tajriba.surveys.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.InvitationToken;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Invitations to a published survey, each with its own secret link, tied to what the answer will be about. */
@Service
public class InvitationService {

	/** Whom to invite and what about; only the survey is required. */
	public record Request(@Nullable String customer, @Nullable String email, @Nullable String locale,
			@Nullable String interaction, @Nullable String channel, @Nullable String touchpoint,
			@Nullable String agent, @Nullable Integer expiresInDays) {
	}

	/**
	 * An invitation made: its id, the link to send (shown once: only the token's hash is kept), and what became of
	 * the e-mail: {@code queued}, {@code none} (no address), {@code unsubscribed} or {@code no-smtp}.
	 */
	public record Issued(UUID id, String link, String language, Instant expiresAt, String mail)
			implements java.io.Serializable {
	}

	private final InvitationStore store;
	private final SurveyService surveys;
	private final Customers customers;
	private final Clock clock;
	private final String publicUrl;
	private final SchedulerClient scheduler;
	private final OneTimeTask<InvitationMail> mailTask;
	private final ObjectProvider<JavaMailSender> mail;
	private final SecureRandom random = new SecureRandom();

	InvitationService(InvitationStore store, SurveyService surveys, Customers customers, Clock clock,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl,
			SchedulerClient scheduler, OneTimeTask<InvitationMail> mailTask, ObjectProvider<JavaMailSender> mail) {
		this.store = store;
		this.surveys = surveys;
		this.customers = customers;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.scheduler = scheduler;
		this.mailTask = mailTask;
		this.mail = mail;
	}

	@Transactional
	public Issued invite(Access access, UUID surveyId, Request r) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot invite");
		}
		Survey survey = surveys.get(access.workspaceId(), surveyId);
		if (!survey.isPublished()) {
			throw new InvalidFieldException("status", "only a published survey takes invitations");
		}
		int days = r.expiresInDays() == null ? 14 : r.expiresInDays();
		if (days < 1 || days > 365) {
			throw new InvalidFieldException("expiresInDays", "must be between 1 and 365");
		}
		if (r.email() != null && !r.email().matches("^[^@\\s]{1,64}@[^@\\s]{1,190}$")) {
			throw new InvalidFieldException("email", "must be an e-mail address");
		}
		String language = survey.definition().toDefinition().languageFor(
				r.locale() == null ? "" : r.locale().toLowerCase().split("[-_]")[0]);
		UUID customer = r.customer() == null ? null
				: customers.resolve(access.workspaceId(), java.util.List.of(r.customer())).get(r.customer());
		return create(access.workspaceId(), surveyId, new Invitation(access.workspaceId(), null, surveyId, customer,
				r.email(), language, text(r.interaction()), text(r.channel()), text(r.touchpoint()), text(r.agent()),
				"open", null, clock.instant().plus(Duration.ofDays(days))), clock.instant());
	}

	/** An invitation the system makes (a trigger), e-mailed at {@code sendAt}; valid 14 days from then. */
	@Transactional
	public Issued invite(UUID workspaceId, UUID surveyId, Invitation invitation, Instant sendAt) {
		return create(workspaceId, surveyId, invitation, sendAt);
	}

	boolean invitedSince(UUID workspaceId, UUID customerId, Instant since) {
		return store.invitedSince(workspaceId, customerId, since);
	}

	private Issued create(UUID workspaceId, UUID surveyId, Invitation invitation, Instant sendAt) {
		EmployeeSurveys.refuse(surveys.get(workspaceId, surveyId));
		InvitationToken token = InvitationToken.generate(random);
		Invitation stored = new Invitation(invitation.workspaceId(), null, surveyId, invitation.customerId(),
				invitation.email(), invitation.language(), invitation.interactionId(), invitation.channel(),
				invitation.touchpoint(), invitation.agent(), "open", null,
				invitation.expiresAt().isAfter(sendAt) ? invitation.expiresAt() : sendAt.plus(Duration.ofDays(14)),
				invitation.source());
		UUID id = store.insert(stored, token, clock.instant());
		return new Issued(id, publicUrl + "/s/" + token.value(), stored.language(), stored.expiresAt(),
				mail(workspaceId, id, stored.email(), sendAt));
	}

	/** Queues the e-mail, unless there is no address, the person unsubscribed, or no SMTP server is set. */
	private String mail(UUID workspaceId, UUID id, @Nullable String email, Instant sendAt) {
		if (email == null) {
			return "none";
		}
		if (store.unsubscribed(workspaceId, email)) {
			return "unsubscribed";
		}
		if (mail.getIfAvailable() == null) {
			return "no-smtp";
		}
		// the scheduler has its own connection: scheduled before the invitation commits, the job could run first
		// and find nothing, so it is scheduled once the invitation is committed
		Runnable schedule = () -> scheduler.scheduleIfNotExists(mailTask.instance(id.toString(),
				new InvitationMail(workspaceId, id)), sendAt);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					schedule.run();
				}
			});
		}
		else {
			schedule.run();
		}
		return "queued";
	}

	private static @Nullable String text(@Nullable String value) {
		if (value != null && value.length() > 200) {
			throw new InvalidFieldException("invitation", "texts must have at most 200 characters");
		}
		return value;
	}
}
