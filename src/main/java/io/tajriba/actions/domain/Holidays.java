package io.tajriba.actions.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The holidays of a workspace as an unmodifiable list that also remembers, per Gregorian year, the days they close.
 * One set of business hours serves thousands of service-level computations and converting up to 400 holidays from
 * their calendars for each day would be most of their cost. The memory sits in the list because
 * {@link BusinessHours} is a record and can hold nothing else; it is left out of equality as any list's is.
 */
final class Holidays extends AbstractList<Holiday> implements RandomAccess {

	// Computations touch a few years at a time; a caller asking about every year of history does not keep them all
	private static final int YEARS_KEPT = 64;

	private final List<Holiday> holidays;

	private final Map<Integer, Set<LocalDate>> closedByYear = new ConcurrentHashMap<>();

	private Holidays(List<Holiday> holidays) {
		this.holidays = List.copyOf(holidays);
	}

	static Holidays of(List<Holiday> holidays) {
		return holidays instanceof Holidays kept ? kept : new Holidays(holidays);
	}

	boolean closedOn(LocalDate date) {
		return !holidays.isEmpty() && closed(date.getYear()).contains(date);
	}

	@Override
	public Holiday get(int index) {
		return holidays.get(index);
	}

	@Override
	public int size() {
		return holidays.size();
	}

	private Set<LocalDate> closed(int year) {
		Set<LocalDate> closed = closedByYear.get(year);
		if (closed != null) {
			return closed;
		}
		if (closedByYear.size() >= YEARS_KEPT) {
			closedByYear.clear();
		}
		return closedByYear.computeIfAbsent(year, this::compute);
	}

	private Set<LocalDate> compute(int year) {
		LocalDate first = LocalDate.of(year, Month.JANUARY, 1);
		LocalDate last = LocalDate.of(year, Month.DECEMBER, 31);
		Set<LocalDate> closed = new HashSet<>();
		for (Holiday holiday : holidays) {
			closed.addAll(holiday.occurrencesBetween(first, last));
		}
		return Set.copyOf(closed);
	}
}
