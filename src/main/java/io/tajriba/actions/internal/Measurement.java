package io.tajriba.actions.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative registers before launch: the metric (of one survey or all), the kind of unit and the treated
 * and control units, the baseline window, the launch day, the smallest effect worth detecting (in the metric's
 * points) and the planned end. Rejects what cannot be measured, naming the field.
 */
public record Measurement(InitiativeMetric metric, @Nullable UUID survey, UnitKind unitKind, List<String> treated,
		List<String> control, LocalDate baselineFrom, LocalDate baselineTo, LocalDate launchOn, double minEffect,
		LocalDate plannedEnd) {

	/** Units of a kind an initiative can treat; a persona's unit is its id, a stage's its key. */
	public enum UnitKind {
		TOUCHPOINT, CHANNEL, STAGE, AGENT, PERSONA;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static UnitKind of(String key) {
			for (UnitKind kind : values()) {
				if (kind.key().equals(key)) {
					return kind;
				}
			}
			throw new InvalidFieldException("unitKind", "must be touchpoint, channel, stage, agent or persona");
		}
	}

	static final int MAX_UNITS = 50;

	public Measurement {
		treated = List.copyOf(treated);
		control = List.copyOf(control);
		units("treated", treated);
		if (treated.isEmpty()) {
			throw new InvalidFieldException("treated", "name at least one treated unit");
		}
		units("control", control);
		for (String unit : control) {
			if (treated.contains(unit)) {
				throw new InvalidFieldException("control", "'" + unit + "' is treated: a control unit must not be");
			}
		}
		if (baselineFrom.isAfter(baselineTo)) {
			throw new InvalidFieldException("baselineFrom", "must be on or before baselineTo");
		}
		if (ChronoUnit.DAYS.between(baselineFrom, baselineTo) < 13) {
			throw new InvalidFieldException("baselineFrom", "the baseline needs at least two weeks");
		}
		if (!launchOn.isAfter(baselineTo)) {
			throw new InvalidFieldException("launchOn", "must come after the baseline's last day");
		}
		if (ChronoUnit.DAYS.between(launchOn, plannedEnd) < 7) {
			throw new InvalidFieldException("plannedEnd", "must be at least a week after the launch");
		}
		if (!(minEffect > 0) || minEffect > 200) {
			throw new InvalidFieldException("minEffect", "must be a positive number of the metric's points");
		}
	}

	private static void units(String field, List<String> units) {
		if (units.size() > MAX_UNITS) {
			throw new InvalidFieldException(field, "at most " + MAX_UNITS + " units");
		}
		if (units.stream().distinct().count() != units.size()) {
			throw new InvalidFieldException(field, "names a unit twice");
		}
		for (String unit : units) {
			if (unit == null || unit.isBlank() || unit.length() > 200) {
				throw new InvalidFieldException(field, "each unit must be 1 to 200 characters");
			}
		}
	}

	/** The weeks the baseline spans (a part week counts). */
	public int baselineWeeks() {
		return (int) (ChronoUnit.DAYS.between(baselineFrom, baselineTo) / 7 + 1);
	}

	/** The fields that differ from {@code before}'s, each as {from, to}: what an amendment records. */
	public Map<String, Object[]> changesFrom(Measurement before) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		diff(changes, "metric", before.metric.key(), metric.key());
		diff(changes, "survey", before.survey, survey);
		diff(changes, "unitKind", before.unitKind.key(), unitKind.key());
		diff(changes, "treated", before.treated, treated);
		diff(changes, "control", before.control, control);
		diff(changes, "baselineFrom", before.baselineFrom, baselineFrom);
		diff(changes, "baselineTo", before.baselineTo, baselineTo);
		diff(changes, "launchOn", before.launchOn, launchOn);
		diff(changes, "minEffect", before.minEffect, minEffect);
		diff(changes, "plannedEnd", before.plannedEnd, plannedEnd);
		return changes;
	}

	/** Lists and numbers as they are, anything else (days, ids) as its text. */
	private static @Nullable Object plain(@Nullable Object value) {
		return value == null || value instanceof List || value instanceof Number ? value : value.toString();
	}

	private static void diff(Map<String, Object[]> changes, String field, @Nullable Object from, @Nullable Object to) {
		if (!Objects.equals(from, to)) {
			changes.put(field, new Object[] { plain(from), plain(to) });
		}
	}
}
