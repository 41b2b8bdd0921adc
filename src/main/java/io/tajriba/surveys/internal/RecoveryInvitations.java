package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.RecoveryInvitation;
import io.tajriba.surveys.RecoveryInvitation.Outcome;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a customer again, once something they complained about has been dealt with: the metric's follow-up survey
 * is e-mailed at once in their language, unless the contact rule forbids it or no e-mail can reach them.
 */
@Service
public class RecoveryInvitations {

	private final RecoverySurveys surveys;
	private final InvitationService invitations;
	private final InvitationStore store;
	private final ContactRules contactRules;
	private final Customers customers;
	private final ObjectProvider<JavaMailSender> mail;
	private final JdbcClient jdbc;
	private final Clock clock;

	RecoveryInvitations(RecoverySurveys surveys, InvitationService invitations, InvitationStore store,
			ContactRules contactRules, Customers customers, ObjectProvider<JavaMailSender> mail, JdbcClient jdbc,
			Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.store = store;
		this.contactRules = contactRules;
		this.customers = customers;
		this.mail = mail;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Invites the customer; {@code reference} (a case, say) is kept as the invitation's and response's interaction. */
	@Transactional
	public RecoveryInvitation invite(UUID workspaceId, UUID customerId, String metric, String reference) {
		RecoverySurveys.metric(metric);
		if (reference.length() > 200) {
			throw new InvalidFieldException("reference", "must have at most 200 characters");
		}
		lock(workspaceId, customerId);
		Instant now = clock.instant();
		Instant since = now.minus(Duration.ofDays(contactRules.days(workspaceId)));
		if (store.invitedSince(workspaceId, customerId, since)) {
			return RecoveryInvitation.refused(Outcome.CONTACTED_RECENTLY);
		}
		Recipient recipient = Recipient.of(customers, workspaceId, customerId);
		if (recipient.email() == null || store.unsubscribed(workspaceId, recipient.email())
				|| mail.getIfAvailable() == null) {
			return RecoveryInvitation.refused(Outcome.NO_EMAIL);
		}
		Survey survey = surveys.ensure(workspaceId, metric);
		String language = survey.definition().toDefinition().languageFor(recipient.language());
		var issued = invitations.invite(workspaceId, survey.id(), new Invitation(workspaceId, null, survey.id(),
				customerId, recipient.email(), language, reference.isBlank() ? null : reference.strip(), null, null,
				null, "open", null, now.plus(Duration.ofDays(14))), now);
		return new RecoveryInvitation(Outcome.SENT, survey.id(), issued.id());
	}

	/** Two follow-ups for one customer at once: the second waits, then sees the first one's invitation. */
	private void lock(UUID workspaceId, UUID customerId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('survey_contact:' || :workspace || ':' || :customer, 0))")
			.param("workspace", workspaceId.toString()).param("customer", customerId.toString())
			.query((ResultSet rs) -> {
			});
	}
}
