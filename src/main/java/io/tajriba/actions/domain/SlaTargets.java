package io.tajriba.actions.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;

/** Per priority, how soon in business time a case must get its first response and be resolved. */
public record SlaTargets(Map<Priority, Target> targets) {

	/** Business minutes to the first response and to the resolution. */
	public record Target(int firstResponseMinutes, int resolutionMinutes) {

		public Target {
			if (firstResponseMinutes < 1 || firstResponseMinutes > 60 * 2000) {
				throw new InvalidFieldException("firstResponseHours", "must be more than 0 and at most 2000 hours");
			}
			if (resolutionMinutes < firstResponseMinutes || resolutionMinutes > 60 * 2000) {
				throw new InvalidFieldException("resolutionHours",
						"must be at least the first-response target and at most 2000 hours");
			}
		}

		public Duration firstResponse() {
			return Duration.ofMinutes(firstResponseMinutes);
		}

		public Duration resolution() {
			return Duration.ofMinutes(resolutionMinutes);
		}
	}

	public SlaTargets {
		if (!targets.keySet().containsAll(java.util.EnumSet.allOf(Priority.class))) {
			throw new InvalidFieldException("targets", "must give urgent, high, normal and low");
		}
		targets = Map.copyOf(new EnumMap<>(targets));
	}

	/** Urgent within 1 and 8 business hours, high 4 and 16, normal 8 and 40 (a working week), low 16 and 80. */
	public static SlaTargets defaults() {
		Map<Priority, Target> all = new EnumMap<>(Priority.class);
		all.put(Priority.URGENT, new Target(60, 8 * 60));
		all.put(Priority.HIGH, new Target(4 * 60, 16 * 60));
		all.put(Priority.NORMAL, new Target(8 * 60, 40 * 60));
		all.put(Priority.LOW, new Target(16 * 60, 80 * 60));
		return new SlaTargets(all);
	}

	public Target of(Priority priority) {
		return targets.get(priority);
	}
}
