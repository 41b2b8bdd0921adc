package io.tajriba.employees.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * For the together page's sentences: a number isolated left to right (U+2066 ... U+2069), so that a minus sign or
 * an interval stays in place inside Arabic, Hebrew or Persian text.
 */
@Component("togetherNumbers")
class TogetherNumbers {

	public String ltr(@Nullable String number) {
		return number == null ? "" : "\u2066" + number + "\u2069";
	}
}
