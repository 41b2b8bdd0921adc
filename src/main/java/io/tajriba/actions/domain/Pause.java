package io.tajriba.actions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** A time the service-level clock stood still, waiting on the customer; without an end it still stands. */
public record Pause(Instant from, @Nullable Instant to) {

	public Pause {
		if (to != null && to.isBefore(from)) {
			throw new InvalidFieldException("pause", "must end after it starts");
		}
	}

	public boolean open() {
		return to == null;
	}

	/**
	 * The same stillness as pauses that neither overlap nor touch, in order; an open pause swallows all that
	 * start after it and is the last.
	 */
	static List<Pause> union(List<Pause> pauses) {
		List<Pause> union = new ArrayList<>();
		for (Pause pause : pauses.stream().sorted(Comparator.comparing(Pause::from)).toList()) {
			Pause last = union.isEmpty() ? null : union.getLast();
			if (last == null || !last.reaches(pause.from)) {
				union.add(pause);
			} else if (!last.open()) {
				union.set(union.size() - 1, new Pause(last.from, pause.open() ? null : later(last.to, pause.to)));
			}
		}
		return union;
	}

	private boolean reaches(Instant instant) {
		return to == null || !to.isBefore(instant);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
