package io.tajriba.surveys.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import org.jspecify.annotations.Nullable;

/**
 * Where and how a customer is asked: the e-mail address of their profile (none if they have no e-mail identity)
 * and the language of their locale ({@code fa} for {@code fa-IR}; empty if unknown, for the survey's default).
 */
record Recipient(@Nullable String email, String language) {

	static Recipient of(Customers customers, UUID workspaceId, UUID customerId) {
		Optional<CustomerProfile> profile = customers.profile(workspaceId, customerId.toString());
		String email = profile.flatMap(p -> p.identities().stream().filter(i -> i.kind().equals("email")).findFirst())
			.map(CustomerProfile.Identity::value).orElse(null);
		String locale = profile.map(CustomerProfile::locale).orElse(null);
		return new Recipient(email, locale == null ? "" : locale.toLowerCase(Locale.ROOT).split("[-_]")[0]);
	}
}
