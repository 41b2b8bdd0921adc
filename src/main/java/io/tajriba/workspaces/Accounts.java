package io.tajriba.workspaces;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.domain.EmailAddress;
import io.tajriba.workspaces.domain.OneTimeToken;
import io.tajriba.workspaces.domain.PasswordPolicy;
import io.tajriba.workspaces.domain.SignInBackoff;
import io.tajriba.workspaces.internal.AccountMail;
import io.tajriba.workspaces.internal.AuditLog;
import io.tajriba.workspaces.internal.PasswordResets;
import io.tajriba.workspaces.internal.SignedInUser;
import io.tajriba.workspaces.internal.UserAccounts;
import io.tajriba.workspaces.internal.UserSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own account: their password, changed when signed in or reset through an e-mailed link (single use,
 * an hour long), and their sign-ins. Asking for a reset answers the same whether the address has an account or
 * not. A new password ends the account's other sessions.
 */
@Service
public class Accounts {

	/** How long a reset link works. */
	public static final Duration RESET_VALID = Duration.ofHours(1);
	private static final int RESETS_PER_HOUR = 3;

	private final UserAccounts users;
	private final PasswordResets resets;
	private final UserSessions sessions;
	private final AuditLog audit;
	private final AccountMail mail;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	/** Wrong present passwords per account: a stolen session guesses as slowly as the sign-in page allows. */
	private final SignInBackoff wrongPresent = new SignInBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
			Duration.ofHours(1), 100_000);

	Accounts(UserAccounts users, PasswordResets resets, UserSessions sessions, AuditLog audit, AccountMail mail,
			PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.resets = resets;
		this.sessions = sessions;
		this.audit = audit;
		this.mail = mail;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** Changes the signed-in user's password, given the present one; their other sessions end. */
	@Transactional
	public void changePassword(String current, String chosen, @Nullable String sessionId) {
		SignedInUser me = signedIn();
		UserAccounts.UserAccount account = users.find(me.id()).orElseThrow();
		String key = account.id().toString();
		var wait = wrongPresent.waitFor(key, clock.instant());
		if (wait.isPresent()) {
			throw new InvalidFieldException("currentPassword", "was wrong too often; try again in "
					+ Math.max(1, wait.get().toMinutes()) + " minutes");
		}
		if (current == null || current.length() > PasswordPolicy.MAX_LENGTH
				|| !passwords.matches(current, account.passwordHash())) {
			wrongPresent.failed(key, clock.instant());
			throw new InvalidFieldException("currentPassword", "is not your present password");
		}
		wrongPresent.succeeded(key);
		users.changePassword(account.id(), encode(account.email(), chosen));
		resets.usedAll(account.id(), clock.instant());
		audit.appendForUser(account.id(), clock.instant(), "user:" + account.email(), "password.changed", null, null);
		sessions.endAll(account.email(), sessionId);
	}

	/** E-mails a reset link if the address has an account (at most three an hour); says nothing either way. */
	@Transactional
	public void requestReset(String email, String language) {
		if (email == null || email.length() > 254) {
			return;
		}
		Instant now = clock.instant();
		users.findByEmail(email).filter(u -> resets.askedSince(u.id(), now.minus(Duration.ofHours(1))) < RESETS_PER_HOUR)
			.ifPresent(user -> {
				OneTimeToken token = OneTimeToken.generate(random);
				resets.insert(user.id(), token, now, now.plus(RESET_VALID));
				audit.appendForUser(user.id(), now, "user:" + user.email(), "password.reset_requested", null, null);
				mail.send(user.email(), "reset", "/password/reset/" + token.value(),
						users.language(user.id()).orElse(language), user.displayName());
			});
	}

	/** Whether the link of a reset still works. */
	@Transactional(readOnly = true)
	public boolean resetUsable(String token) {
		return OneTimeToken.parse(token).flatMap(t -> resets.usable(t, clock.instant(), false)).isPresent();
	}

	/** Sets the password through a reset link, which then stops working, like every other of the account. */
	@Transactional
	public void reset(String token, String chosen) {
		Instant now = clock.instant();
		UUID userId = OneTimeToken.parse(token).flatMap(t -> resets.usable(t, now, true))
			.orElseThrow(() -> new InvalidFieldException("token", "this link has expired or was used"));
		UserAccounts.UserAccount account = users.find(userId).orElseThrow();
		users.changePassword(userId, encode(account.email(), chosen));
		resets.usedAll(userId, now);
		audit.appendForUser(userId, now, "user:" + account.email(), "password.reset", null, null);
		sessions.endAll(account.email(), null);
	}

	/** The signed-in user's own sign-ins and password changes, newest first. */
	public List<AuditEntry> myEvents(int limit) {
		return audit.ofUser(signedIn().id(), Math.max(1, Math.min(limit, 200)));
	}

	/** A new account; the address must be free (the caller looked). */
	UUID create(String email, String displayName, String password) {
		EmailAddress address = address(email);
		if (displayName == null || displayName.isBlank() || displayName.trim().length() > 100) {
			throw new InvalidFieldException("displayName", "must have 1 to 100 characters");
		}
		return users.insert(address, displayName.trim(), encode(address.value(), password));
	}

	String encode(String email, String password) {
		PasswordPolicy.problem(password, email).ifPresent(problem -> {
			throw new InvalidFieldException("password", problem);
		});
		return passwords.encode(password);
	}

	static EmailAddress address(String email) {
		try {
			return new EmailAddress(email);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("email", e.getMessage());
		}
	}

	private static SignedInUser signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user;
		}
		throw new AuthenticationCredentialsNotFoundException("Not signed in");
	}
}
