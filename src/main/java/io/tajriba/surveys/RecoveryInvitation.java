package io.tajriba.surveys;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a recovery invitation: {@code SENT} with the follow-up survey and the invitation (its e-mail is
 * on its way), or refused without either: {@code NO_EMAIL} when no e-mail can reach the customer (no address on
 * their profile, they unsubscribed, or no SMTP server is set), {@code CONTACTED_RECENTLY} when the workspace's
 * contact rule forbids another invitation yet.
 */
public record RecoveryInvitation(Outcome outcome, @Nullable UUID surveyId, @Nullable UUID invitationId) {

	public enum Outcome { SENT, NO_EMAIL, CONTACTED_RECENTLY }

	public static RecoveryInvitation refused(Outcome outcome) {
		return new RecoveryInvitation(outcome, null, null);
	}
}
