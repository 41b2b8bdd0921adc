package io.tajriba.actions.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Counts working time: only the shifts of working days, each from the instant its start is on the wall clock of
 * the zone to the instant its end is, so a shift on the day the clocks change lasts as long as those two instants
 * are apart. Days are walked one at a time, so a target of months of working time costs a few hundred steps.
 */
public final class BusinessClock {

	/** Ten years without a working minute: hours closed by holidays on every working day, not a long wait. */
	static final int MAX_DAYS_WITHOUT_WORK = 3_660;

	private final BusinessHours hours;

	public BusinessClock(BusinessHours hours) {
		this.hours = hours;
	}

	public BusinessHours hours() {
		return hours;
	}

	/** The working time in [from, to): zero when to is not after from. */
	public Duration between(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!to.isAfter(from)) {
			return total;
		}
		LocalDate last = day(to);
		for (LocalDate date = day(from); !date.isAfter(last); date = date.plusDays(1)) {
			for (Shift shift : hours.shiftsOn(date)) {
				Instant start = later(shift.startOn(date, zone()), from);
				Instant end = earlier(shift.endOn(date, zone()), to);
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/** The working time in [from, to) that is not inside a pause; a pause still open lasts until {@code to}. */
	public Duration between(Instant from, Instant to, List<Pause> pauses) {
		Duration total = between(from, to);
		for (Pause pause : Pause.union(pauses)) {
			Instant end = pause.to();
			total = total.minus(between(later(pause.from(), from), end == null ? to : earlier(end, to)));
		}
		return total;
	}

	/**
	 * The earliest instant by which {@code businessTime} of working time has passed since {@code start}: the end of
	 * a shift rather than the start of the next when it runs out exactly there.
	 *
	 * @throws IllegalStateException when no working time comes in {@value #MAX_DAYS_WITHOUT_WORK} days in a row
	 */
	public Instant plus(Instant start, Duration businessTime) {
		Duration left = notNegative(businessTime);
		if (left.isZero()) {
			return start;
		}
		int idle = 0;
		for (LocalDate date = day(start);; date = date.plusDays(1)) {
			boolean worked = false;
			for (Shift shift : hours.shiftsOn(date)) {
				Instant from = later(shift.startOn(date, zone()), start);
				Instant end = shift.endOn(date, zone());
				if (from.isBefore(end)) {
					Duration open = Duration.between(from, end);
					if (open.compareTo(left) >= 0) {
						return from.plus(left);
					}
					left = left.minus(open);
					worked = true;
				}
			}
			idle = worked ? 0 : idle + 1;
			if (idle >= MAX_DAYS_WITHOUT_WORK) {
				throw new IllegalStateException("no working time in the " + idle + " days to " + date);
			}
		}
	}

	/**
	 * When {@code target} of working time since {@code start} falls due, each pause putting it off by the working
	 * time it covers. Nothing while a pause is open, unless the target fell due before that pause began.
	 */
	public Optional<Instant> due(Instant start, Duration target, List<Pause> pauses) {
		Duration left = notNegative(target);
		if (left.isZero()) {
			return Optional.of(start);
		}
		Instant cursor = start;
		for (Pause pause : Pause.union(pauses)) {
			Instant end = pause.to();
			if (end != null && !end.isAfter(cursor)) {
				continue;
			}
			Duration before = between(cursor, pause.from());
			if (before.compareTo(left) >= 0) {
				return Optional.of(plus(cursor, left));
			}
			left = left.minus(before);
			if (end == null) {
				return Optional.empty();
			}
			cursor = end;
		}
		return Optional.of(plus(cursor, left));
	}

	/** The working time still to go before {@code target} is reached at {@code now}: negative once it is overdue. */
	public Duration left(Instant start, Duration target, List<Pause> pauses, Instant now) {
		return target.minus(between(start, now, pauses));
	}

	private ZoneId zone() {
		return hours.zone();
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone());
	}

	private static Duration notNegative(Duration target) {
		if (target.isNegative()) {
			throw new IllegalArgumentException("a target of working time cannot be negative: " + target);
		}
		return target;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
