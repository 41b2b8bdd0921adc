package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.tajriba.actions.domain.Moments;
import io.tajriba.actions.domain.PowerCalculation;
import io.tajriba.actions.domain.PowerPlan;
import io.tajriba.actions.internal.UnitAnswersReader.Period;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import org.springframework.stereotype.Service;

/**
 * How many weeks after launch an initiative needs, from its units' own answers in the baseline (the last
 * {@value #DEFAULT_WEEKS} full weeks when none is given): their volume per week and the spread of the answers.
 */
@Service
public class PowerEstimator {

	static final int DEFAULT_WEEKS = 8;

	static final int MAX_WEEKS = 104;

	/** The plan, and the answers it rests on. */
	public record Estimate(PowerPlan plan, long treatedAnswers, long controlAnswers, int baselineWeeks, Period baseline) {
	}

	private final UnitAnswersReader reader;
	private final Clock clock;

	PowerEstimator(UnitAnswersReader reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	public Estimate estimate(Workspace workspace, Measurement.UnitKind kind, io.tajriba.actions.domain.InitiativeMetric metric,
			java.util.@org.jspecify.annotations.Nullable UUID survey, List<String> treated, List<String> control,
			LocalDate from, LocalDate to, double effect) {
		if (!(effect > 0) || effect > 200) {
			throw new InvalidFieldException("effect", "must be a positive number of the metric's points");
		}
		Period baseline = new Period(from, to);
		int weeks = baseline.weeks();
		if (weeks < 1) {
			throw new InvalidFieldException("baselineFrom", "must be on or before baselineTo");
		}
		Moments t = total(reader.weekly(workspace, metric, survey, kind, treated, baseline));
		Moments c = control.isEmpty() ? Moments.EMPTY : total(reader.weekly(workspace, metric, survey, kind, control, baseline));
		if (t.n() < 2) {
			throw new InvalidFieldException("treated", "the treated units have " + t.n()
					+ " answers in the baseline: too few to plan on");
		}
		double sdT = Math.sqrt(t.variance());
		double sdC = c.n() < 2 ? 0 : Math.sqrt(c.variance());
		PowerPlan plan = PowerCalculation.weeksNeeded(effect, sdT, (double) t.n() / weeks, sdC, (double) c.n() / weeks,
				weeks, MAX_WEEKS);
		return new Estimate(plan, t.n(), c.n(), weeks, baseline);
	}

	/** The last {@value #DEFAULT_WEEKS} full weeks up to yesterday. */
	public Period defaultBaseline(Workspace workspace) {
		LocalDate yesterday = LocalDate.now(clock.withZone(workspace.timeZone())).minusDays(1);
		return new Period(yesterday.minusWeeks(DEFAULT_WEEKS).plusDays(1), yesterday);
	}

	private static Moments total(java.util.Map<String, List<Moments>> weekly) {
		Moments sum = Moments.EMPTY;
		for (List<Moments> weeks : weekly.values()) {
			for (Moments m : weeks) {
				sum = sum.plus(m);
			}
		}
		return sum;
	}
}
