package io.tajriba.actions.domain;

import java.util.ArrayList;
import java.util.List;

/** One unit's answers per week: index 0 = first week of the period; a week without answers is Moments.EMPTY. */
public record UnitAnswers(String unit, List<Moments> before, List<Moments> after) {

	public UnitAnswers {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/** Every answer of the baseline. */
	public Moments totalBefore() {
		return total(before);
	}

	/** Every answer since launch. */
	public Moments totalAfter() {
		return total(after);
	}

	/** The baseline answers of several units pooled week by week, as long as the longest of their baselines. */
	static List<Moments> pooledBefore(List<UnitAnswers> units) {
		List<Moments> weeks = new ArrayList<>();
		for (UnitAnswers unit : units) {
			for (int week = 0; week < unit.before.size(); week++) {
				if (week == weeks.size()) {
					weeks.add(Moments.EMPTY);
				}
				weeks.set(week, weeks.get(week).plus(unit.before.get(week)));
			}
		}
		return weeks;
	}

	private static Moments total(List<Moments> weeks) {
		Moments total = Moments.EMPTY;
		for (Moments week : weeks) {
			total = total.plus(week);
		}
		return total;
	}
}
