package io.tajriba.web.internal;

import java.math.BigDecimal;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates: {@code ${@numbers.count(n)}}, {@code ${@numbers.decimal(x, 1)}} and
 * {@code ${@numbers.money(value, currency)}} with the reader's
 * digits and separators (Persian digits for fa, as the dates have them).
 */
@Component("numbers")
public class Numbers {

	public String count(@Nullable Number value) {
		return value == null ? "" : plain(NumberFormat.getIntegerInstance(locale()).format(value));
	}

	/** A figure with at most this many decimals, e.g. an NPS of 13.3 or a share of 42.5 (%). */
	public String decimal(@Nullable Number value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(0);
		return plain(format.format(value));
	}

	/** An amount with its currency; without a currency just the number with up to two decimals. */
	public String money(@Nullable BigDecimal value, @Nullable String currency) {
		if (value == null) {
			return "";
		}
		if (currency == null || currency.isBlank()) {
			NumberFormat format = NumberFormat.getNumberInstance(locale());
			format.setMaximumFractionDigits(2);
			return plain(format.format(value));
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance(currency.trim()));
		return plain(format.format(value));
	}

	/**
	 * Without the Arabic letter mark ICU writes before an Arabic minus sign: in right-to-left text the number reads
	 * the same without it, and in a left-to-right isolate (an interval, a figure with its sign) the mark, a strong
	 * right-to-left character, would turn "-60" into "60-" and swap an interval's ends.
	 */
	static String plain(String formatted) {
		return formatted.indexOf('\u061C') < 0 ? formatted : formatted.replace("\u061C", "");
	}

	/** A figure with at most this many decimals in a language's digits and separators, outside a request. */
	public static String decimal(double value, int decimals, String language) {
		NumberFormat format = NumberFormat.getNumberInstance(locale(language));
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(0);
		return plain(format.format(value));
	}

	private static ULocale locale() {
		return locale(LocaleContextHolder.getLocale().getLanguage());
	}

	private static ULocale locale(String language) {
		// the same regions as the dates, so that digits agree within a page
		return new ULocale(switch (language) {
			case "fa" -> "fa_IR";
			case "he" -> "he_IL";
			default -> language;
		});
	}
}
