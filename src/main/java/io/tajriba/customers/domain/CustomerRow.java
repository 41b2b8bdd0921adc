package io.tajriba.customers.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * One customer as sent to the API, checked and normalised: e-mail lower-cased, phone reduced to {@code +} and
 * digits, language as a BCP 47 tag.
 */
public record CustomerRow(String externalId, @Nullable String email, @Nullable String phone,
		@Nullable String locale, @Nullable String attributes, @Nullable Instant churnedAt) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$");

	public CustomerRow {
		if (externalId.isBlank()) {
			throw new InvalidFieldException("id", "is required");
		}
		email = email == null ? null : normalEmail(email);
		phone = phone == null ? null : normalPhone(phone);
		if (locale != null && !LANGUAGE.matcher(locale).matches()) {
			throw new InvalidFieldException("locale", "must be a language tag such as fa or fa-IR");
		}
		locale = locale == null ? null : locale.replace('_', '-');
	}

	static String normalEmail(String email) {
		String value = email.trim().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
			throw new InvalidFieldException("email", "is not an e-mail address");
		}
		return value;
	}

	/** Keeps a leading + and the digits, also Persian and Arabic-Indic ones, dropping spaces and punctuation. */
	public static String normalPhone(String phone) {
		StringBuilder out = new StringBuilder();
		String trimmed = phone.trim();
		if (trimmed.startsWith("+")) {
			out.append('+');
		}
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (Character.isDigit(c)) {
				out.append(Character.forDigit(Character.digit(c, 10), 10));
			}
			else if (Character.isLetter(c)) {
				throw new InvalidFieldException("phone", "must contain only digits, spaces and + - ( )");
			}
		}
		int digits = out.length() - (out.length() > 0 && out.charAt(0) == '+' ? 1 : 0);
		if (digits < 6 || digits > 20) {
			throw new InvalidFieldException("phone", "must have 6 to 20 digits");
		}
		return out.toString();
	}
}
