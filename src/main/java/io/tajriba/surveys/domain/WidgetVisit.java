package io.tajriba.surveys.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What a host page says about a widget visit, checked as the interactions API checks the same fields: the channel
 * a lower-case word ({@code web} when not named), the touchpoint and interaction up to 200 characters with no
 * control characters, the customer only with its signature. Blank parts count as absent.
 */
public record WidgetVisit(@Nullable String language, @Nullable String customer, @Nullable String signature,
		String channel, @Nullable String touchpoint, @Nullable String interaction) {

	private static final Pattern WORD = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
	private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$");
	private static final Pattern SIGNATURE = Pattern.compile("^[0-9a-f]{64}$");

	public WidgetVisit {
		language = blank(language) || !LANGUAGE.matcher(language.strip()).matches() ? null : language.strip();
		customer = text("customer", customer);
		signature = blank(signature) ? null : signature.strip().toLowerCase(Locale.ROOT);
		if (signature != null && !SIGNATURE.matcher(signature).matches()) {
			throw new InvalidFieldException("signature", "must be the 64 hexadecimal digits of HMAC-SHA256");
		}
		if (signature != null && customer == null) {
			throw new InvalidFieldException("customer", "is required with a signature");
		}
		channel = blank(channel) ? "web" : word(channel);
		touchpoint = text("touchpoint", touchpoint);
		interaction = text("interaction", interaction);
	}

	/** The customer's id if its signature is good for this secret; an unsigned customer is nobody. */
	public @Nullable String signedCustomer(@Nullable String secret) {
		if (customer == null || signature == null) {
			return null;
		}
		if (secret == null || !CustomerSignature.verifies(secret, customer, signature)) {
			throw new InvalidFieldException("signature", "does not match the customer for this widget's secret");
		}
		return customer;
	}

	/** The language part of the language tag, lower-case; empty when none was given. */
	public String languagePart() {
		return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
	}

	private static String word(String value) {
		String word = value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		if (!WORD.matcher(word).matches()) {
			throw new InvalidFieldException("channel", "must be a lower-case word such as web, store or call_center");
		}
		return word;
	}

	private static @Nullable String text(String field, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		if (text.length() > 200) {
			throw new InvalidFieldException(field, "must have at most 200 characters");
		}
		if (text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidFieldException(field, "must not contain control characters");
		}
		return text;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
