package io.tajriba.reports.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What a share link may be: a known view, an expiry in the coming year (30 days unless given), a password of at
 * least 8 characters if any; and which query parameters its page takes (the language only: the filters are the
 * link's own and cannot be widened from the address).
 */
public final class ShareRules {

	public static final List<String> VIEWS = List.of("overview");
	public static final Duration DEFAULT_LIFE = Duration.ofDays(30);
	public static final Duration LONGEST_LIFE = Duration.ofDays(366);
	public static final int SHORTEST_PASSWORD = 8;
	public static final int LONGEST_PASSWORD = 200;
	/** What the shared page's address may carry: the language to read it in. */
	public static final Set<String> PAGE_PARAMETERS = Set.of("lang");
	/** What the password form posts. */
	public static final Set<String> FORM_PARAMETERS = Set.of("password", "_csrf");

	private ShareRules() {
	}

	public static String view(@Nullable String view) {
		String v = view == null || view.isBlank() ? "overview" : view.strip();
		if (!VIEWS.contains(v)) {
			throw new InvalidFieldException("view", "must be one of " + String.join(", ", VIEWS));
		}
		return v;
	}

	/** The expiry asked for, else 30 days from now; in the future and at most a year away. */
	public static Instant expiry(@Nullable Instant asked, Instant now) {
		if (asked == null) {
			return now.plus(DEFAULT_LIFE);
		}
		if (!asked.isAfter(now)) {
			throw new InvalidFieldException("expiresAt", "must be in the future");
		}
		if (asked.isAfter(now.plus(LONGEST_LIFE))) {
			throw new InvalidFieldException("expiresAt", "must be at most a year from now");
		}
		return asked;
	}

	/** The password, if one is set (blank means none). */
	public static @Nullable String password(@Nullable String password) {
		if (password == null || password.isEmpty()) {
			return null;
		}
		if (password.length() < SHORTEST_PASSWORD) {
			throw new InvalidFieldException("password", "must have at least " + SHORTEST_PASSWORD + " characters");
		}
		if (password.length() > LONGEST_PASSWORD) {
			throw new InvalidFieldException("password", "must have at most " + LONGEST_PASSWORD + " characters");
		}
		return password;
	}

	/** The parameters of a request to the shared page that it does not take, sorted; empty if none. */
	public static Set<String> refused(Iterable<String> names, boolean form) {
		Set<String> refused = new TreeSet<>();
		for (String name : names) {
			if (!PAGE_PARAMETERS.contains(name) && !(form && FORM_PARAMETERS.contains(name))) {
				refused.add(name);
			}
		}
		return refused;
	}

	/** Whether a link opens at this instant. */
	public static boolean open(Instant expiresAt, @Nullable Instant revokedAt, Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}
}
