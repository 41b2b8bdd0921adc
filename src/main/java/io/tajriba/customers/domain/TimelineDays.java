package io.tajriba.customers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A customer's timeline as a reader scans it: newest first, in days of the workspace's time zone (a purchase at
 * 23:30 in Tehran belongs to that Tehran day, whatever UTC says).
 */
public final class TimelineDays {

	/** One day: its date in the zone, its first instant (to format it in any calendar), its items newest first. */
	public record Day<T>(LocalDate date, Instant at, List<T> items) {
	}

	private TimelineDays() {
	}

	public static <T> List<Day<T>> group(List<T> items, Function<T, Instant> at, ZoneId zone) {
		List<T> newestFirst = new ArrayList<>(items);
		newestFirst.sort(Comparator.comparing(at).reversed());
		List<Day<T>> days = new ArrayList<>();
		LocalDate current = null;
		List<T> bucket = null;
		for (T item : newestFirst) {
			LocalDate date = at.apply(item).atZone(zone).toLocalDate();
			if (!date.equals(current)) {
				current = date;
				bucket = new ArrayList<>();
				days.add(new Day<>(date, at.apply(item), bucket));
			}
			bucket.add(item);
		}
		return days.stream().map(d -> new Day<>(d.date(), d.at(), List.copyOf(d.items()))).toList();
	}
}
