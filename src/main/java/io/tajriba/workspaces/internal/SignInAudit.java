package io.tajriba.workspaces.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in and failed attempt, recorded once as the person's own (a workspace's audit log shows those of its
 * members); attempts naming no known account are kept without one, and purged after a while.
 */
@Component
class SignInAudit {

	private final AuditLog audit;
	private final UserAccounts users;
	private final Clock clock;

	SignInAudit(AuditLog audit, UserAccounts users, Clock clock) {
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			record(user.getUsername(), "sign_in", event.getAuthentication());
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication().getName(), "sign_in_failed", event.getAuthentication());
	}

	static String shaped(String typed) {
		try {
			return new io.tajriba.workspaces.domain.EmailAddress(typed).value();
		}
		catch (IllegalArgumentException e) {
			return "(not an e-mail address)";
		}
	}

	private void record(String email, String action, Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		// the e-mail of a failed attempt is whatever was typed, a password typed in the wrong field too: only what has
		// the shape of an e-mail address is kept
		String actor = "user:" + shaped(email);
		var user = users.findByEmail(email);
		audit.appendForUser(user.map(UserAccounts.UserAccount::id).orElse(null), clock.instant(), actor, action,
				user.isEmpty() ? "unknown user" : null, address);
	}
}
