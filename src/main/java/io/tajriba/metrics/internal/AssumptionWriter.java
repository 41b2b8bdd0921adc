package io.tajriba.metrics.internal;

import java.util.Locale;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import io.tajriba.metrics.domain.Assumption;
import io.tajriba.metrics.domain.Assumption.GroupName;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the assumptions behind a figure in a language: group names in it, numbers in its digits. */
@Component
class AssumptionWriter {

	private final MessageSource messages;

	AssumptionWriter(MessageSource messages) {
		this.messages = messages;
	}

	String write(Assumption assumption, Locale locale) {
		Object[] args = assumption.args().stream().map(arg -> switch (arg) {
			case GroupName name -> messages.getMessage(name.key(), null, locale);
			case Number number -> NumberFormat.getIntegerInstance(ULocale.forLocale(locale)).format(number);
			default -> String.valueOf(arg);
		}).toArray();
		return messages.getMessage(assumption.key(), args, locale);
	}
}
