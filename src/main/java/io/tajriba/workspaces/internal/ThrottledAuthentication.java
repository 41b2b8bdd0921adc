package io.tajriba.workspaces.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.tajriba.workspaces.domain.SignInBackoff;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with e-mail and password, but only when neither the client address, nor this address for this e-mail,
 * nor the e-mail from anywhere has failed too often lately (each failure beyond a few doubles the wait), and only
 * while few passwords are being hashed at once: Argon2 takes 19 MiB a time, so a flood of attempts would exhaust
 * the memory. A refused attempt hashes nothing. An e-mail is slowed from one address after a few failures there,
 * from everywhere only after many, so one guesser cannot lock its owner out. The counts are kept per node.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final SignInBackoff byAddress;
	private final SignInBackoff byEmailFromAddress;
	private final SignInBackoff byEmail;
	private final Semaphore hashing;
	private final Duration hashingWait;
	private final Clock clock;

	ThrottledAuthentication(AuthenticationProvider passwords, SignInBackoff byAddress,
			SignInBackoff byEmailFromAddress, SignInBackoff byEmail, Semaphore hashing, Duration hashingWait,
			Clock clock) {
		this.passwords = passwords;
		this.byAddress = byAddress;
		this.byEmailFromAddress = byEmailFromAddress;
		this.byEmail = byEmail;
		this.hashing = hashing;
		this.hashingWait = hashingWait;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
				? d.getRemoteAddress() : "unknown";
		String email = emailKey(attempt.getName());
		String pair = email + " " + address;
		if (byAddress.waitFor(address, clock.instant()).isPresent()
				|| byEmailFromAddress.waitFor(pair, clock.instant()).isPresent()
				|| byEmail.waitFor(email, clock.instant()).isPresent()) {
			throw new SignInRefused(SignInRefused.Reason.THROTTLED);
		}
		if (!acquire()) {
			throw new SignInRefused(SignInRefused.Reason.BUSY);
		}
		try {
			Authentication done = passwords.authenticate(attempt);
			byEmailFromAddress.succeeded(pair);
			byEmail.succeeded(email);
			return done;
		}
		catch (BadCredentialsException e) {
			byAddress.failed(address, clock.instant());
			byEmailFromAddress.failed(pair, clock.instant());
			byEmail.failed(email, clock.instant());
			throw e;
		}
		finally {
			hashing.release();
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private boolean acquire() {
		try {
			return hashing.tryAcquire(hashingWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The e-mail as typed, in one case and bounded: the same person however they spell it. */
	static String emailKey(String typed) {
		String email = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
		return email.length() > 254 ? email.substring(0, 254) : email;
	}
}
