package io.tajriba.maturity.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A goal's figure on a day: value with its 95% interval and n; no value when there were no data. */
public record GoalPoint(LocalDate day, @Nullable Double value, @Nullable Double low, @Nullable Double high, long n) {

	public boolean hasData() {
		return value != null && low != null && high != null;
	}
}
