package io.tajriba.actions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;

/**
 * When a workspace works: the shifts of each day of the week, in wall time of its zone, and the holidays it closes.
 * A day missing from {@code week} is a day off; the shifts of a day are kept in order.
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<Shift>> week, List<Holiday> holidays) {

	public static final int MAX_SHIFTS_A_DAY = 4;

	public static final int MAX_HOLIDAYS = 400;

	public BusinessHours {
		week = checked(week);
		if (holidays.size() > MAX_HOLIDAYS) {
			throw new InvalidFieldException("holidays", "must be at most " + MAX_HOLIDAYS);
		}
		holidays = Holidays.of(holidays);
	}

	/**
	 * The usual working week where the language is spoken: Iran works Saturday to Wednesday with a short Thursday
	 * and closes the four days of Nowruz; the Arab countries and Israel work Sunday to Thursday.
	 */
	public static BusinessHours defaults(String language, ZoneId zone) {
		Shift day = shift(9, 17);
		return switch (primary(language)) {
			case "fa" -> persian(zone);
			case "ar", "he" -> new BusinessHours(zone, days(day, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
					DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), List.of());
			default -> new BusinessHours(zone, days(day, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
					DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of());
		};
	}

	public boolean isWorkingDay(LocalDate date) {
		// The constructor keeps the holidays as Holidays, which remembers the days they close
		return week.containsKey(date.getDayOfWeek()) && !((Holidays) holidays).closedOn(date);
	}

	/** The shifts worked on that date: none on a day off or a holiday. */
	public List<Shift> shiftsOn(LocalDate date) {
		return isWorkingDay(date) ? week.get(date.getDayOfWeek()) : List.of();
	}

	/** "fa" of "fa-IR" or "fa_IR". */
	private static String primary(String language) {
		String tag = language.strip().toLowerCase(Locale.ROOT);
		int end = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
		return end < 0 ? tag : tag.substring(0, end);
	}

	private static BusinessHours persian(ZoneId zone) {
		Map<DayOfWeek, List<Shift>> week = days(shift(8, 16), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
				DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
		week.put(DayOfWeek.THURSDAY, List.of(shift(8, 12)));
		List<Holiday> nowruz = new ArrayList<>();
		for (int day = 1; day <= 4; day++) {
			nowruz.add(new Holiday("persian", null, 1, day, "Nowruz, day " + day));
		}
		return new BusinessHours(zone, week, nowruz);
	}

	private static Shift shift(int fromHour, int toHour) {
		return new Shift(LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
	}

	private static Map<DayOfWeek, List<Shift>> days(Shift shift, DayOfWeek... days) {
		Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : days) {
			week.put(day, List.of(shift));
		}
		return week;
	}

	private static Map<DayOfWeek, List<Shift>> checked(Map<DayOfWeek, List<Shift>> week) {
		Map<DayOfWeek, List<Shift>> checked = new EnumMap<>(DayOfWeek.class);
		week.forEach((day, shifts) -> {
			if (!shifts.isEmpty()) {
				checked.put(day, ordered(day, shifts));
			}
		});
		if (checked.isEmpty()) {
			throw new InvalidFieldException("week", "must have at least one working day");
		}
		return Collections.unmodifiableMap(checked);
	}

	private static List<Shift> ordered(DayOfWeek day, List<Shift> shifts) {
		String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		if (shifts.size() > MAX_SHIFTS_A_DAY) {
			throw new InvalidFieldException("week", name + " must have at most " + MAX_SHIFTS_A_DAY + " shifts");
		}
		List<Shift> ordered = shifts.stream().sorted(Comparator.comparing(Shift::from)).toList();
		for (int i = 1; i < ordered.size(); i++) {
			if (ordered.get(i - 1).overlaps(ordered.get(i))) {
				throw new InvalidFieldException("week",
						name + ": " + ordered.get(i - 1) + " and " + ordered.get(i) + " overlap");
			}
		}
		return ordered;
	}
}
