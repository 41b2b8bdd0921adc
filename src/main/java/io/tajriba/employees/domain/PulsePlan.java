package io.tajriba.employees.domain;

import java.time.LocalDate;
import java.util.List;

import io.tajriba.platform.InvalidFieldException;

/**
 * How a pulse programme asks: its name, cadence (weekly, biweekly or monthly), how many items a wave asks besides
 * eNPS, the percentage of active employees invited, how many days a wave stays open and after how many days the
 * one reminder goes (0: none; before the wave closes). The first field at fault is named.
 */
public record PulsePlan(String name, String cadence, int itemsPerWave, int samplePercent, int openDays,
		int reminderDays) {

	public static final List<String> CADENCES = List.of("weekly", "biweekly", "monthly");

	public PulsePlan {
		name = name.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidFieldException("name", "must be 1 to 200 characters");
		}
		if (!CADENCES.contains(cadence)) {
			throw new InvalidFieldException("cadence", "must be weekly, biweekly or monthly");
		}
		if (itemsPerWave < 1 || itemsPerWave > 20) {
			throw new InvalidFieldException("itemsPerWave", "must be 1 to 20");
		}
		if (samplePercent < 1 || samplePercent > 100) {
			throw new InvalidFieldException("samplePercent", "must be 1 to 100");
		}
		if (openDays < 1 || openDays > 28) {
			throw new InvalidFieldException("openDays", "must be 1 to 28");
		}
		if (reminderDays < 0 || reminderDays >= openDays) {
			throw new InvalidFieldException("reminderDays", "must be 0 (none) or more, and fewer than openDays");
		}
	}

	/** The day of the wave after one that opened on {@code day}. */
	public LocalDate next(LocalDate day) {
		return next(cadence, day);
	}

	public static LocalDate next(String cadence, LocalDate day) {
		return switch (cadence) {
			case "weekly" -> day.plusWeeks(1);
			case "biweekly" -> day.plusWeeks(2);
			default -> day.plusMonths(1);
		};
	}
}
