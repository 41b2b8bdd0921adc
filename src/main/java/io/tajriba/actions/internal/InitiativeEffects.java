package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tajriba.actions.domain.DiffInDiff;
import io.tajriba.actions.domain.DifferenceInDifferences;
import io.tajriba.actions.domain.Moments;
import io.tajriba.actions.domain.ParallelTrends;
import io.tajriba.actions.domain.UnitAnswers;
import io.tajriba.actions.domain.Verdict;
import io.tajriba.actions.internal.EffectReport.Difference;
import io.tajriba.actions.internal.EffectReport.Figure;
import io.tajriba.actions.internal.EffectReport.Side;
import io.tajriba.actions.internal.EffectReport.Week;
import io.tajriba.actions.internal.EffectReport.Window;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Measures an initiative: the baseline against the weeks from the launch to today (or to the planned end, once it
 * has passed), treated units against controls, by {@link DifferenceInDifferences}.
 */
@Service
public class InitiativeEffects {

	private final UnitAnswersReader reader;
	private final InitiativeReturns returns;
	private final ControlSuggester suggester;
	private final Clock clock;

	InitiativeEffects(UnitAnswersReader reader, InitiativeReturns returns, ControlSuggester suggester, Clock clock) {
		this.reader = reader;
		this.returns = returns;
		this.suggester = suggester;
		this.clock = clock;
	}

	public EffectReport of(Workspace workspace, Initiative initiative, Locale language) {
		Measurement m = initiative.measurement();
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		LocalDate afterTo = today.isBefore(m.plannedEnd()) ? today : m.plannedEnd();
		// one never launched (a draft, or cancelled before its launch) measured nothing after: its baseline alone
		boolean launched = initiative.launchedAt() != null;
		if (!launched) {
			afterTo = m.launchOn().minusDays(1);
		}
		List<UnitAnswers> treated = reader.answers(workspace, m, m.treated(), afterTo);
		List<UnitAnswers> control = reader.answers(workspace, m, m.control(), afterTo);
		boolean proportion = m.metric().proportion();
		DiffInDiff estimate = DifferenceInDifferences.estimate(treated, control, proportion);
		Verdict verdict = !launched ? Verdict.TOO_EARLY
				: Verdict.of(estimate, today, m.plannedEnd());
		Side treatedSide = side(treated, proportion, estimate == null ? null : estimate.treated());
		Side controlSide = control.isEmpty() ? null
				: side(control, proportion, estimate == null ? null : estimate.control());
		Difference difference = estimate == null ? null
				: new Difference(EffectReport.round(estimate.value()), new double[] {
						EffectReport.round(estimate.ci95()[0]), EffectReport.round(estimate.ci95()[1]) },
						Math.round(estimate.pValue() * 10000) / 10000.0, EffectReport.round(estimate.standardError()),
						Math.round(estimate.degreesOfFreedom() * 10) / 10.0);
		String evidence = control.isEmpty() ? DiffInDiff.BEFORE_AFTER : DiffInDiff.DID;
		return new EffectReport(m.metric().key(), evidence, control.isEmpty(),
				new Window(m.baselineFrom(), m.baselineTo()), new Window(m.launchOn(), afterTo), m.plannedEnd(),
				treatedSide, controlSide, difference,
				control.isEmpty() ? null : EffectReport.Trend.of(ParallelTrends.check(treated, control)),
				verdict.key(), weeks(m, treated, control, proportion), estimate == null ? List.of() : estimate.unitsLeftOut(),
				difference == null ? null : returns.of(workspace, m, difference, afterTo, language),
				suggester.suggest(workspace, m.metric(), m.survey(), m.unitKind(), m.treated(), m.baselineFrom(),
						m.baselineTo()).regressionToMeanRisk(),
				clock.instant());
	}

	private static Side side(List<UnitAnswers> units, boolean proportion, DiffInDiff.@Nullable Group group) {
		List<String> names = units.stream().map(UnitAnswers::unit).toList();
		if (group != null) {
			return new Side(Figure.of(group.before()), Figure.of(group.after()), names);
		}
		Moments before = Moments.EMPTY;
		Moments after = Moments.EMPTY;
		for (UnitAnswers u : units) {
			before = before.plus(u.totalBefore());
			after = after.plus(u.totalAfter());
		}
		return new Side(Figure.of(before.summary(proportion)), Figure.of(after.summary(proportion)), names);
	}

	private static List<Week> weeks(Measurement m, List<UnitAnswers> treated, List<UnitAnswers> control,
			boolean proportion) {
		List<Week> weeks = new ArrayList<>();
		int before = treated.isEmpty() ? 0 : treated.getFirst().before().size();
		int after = treated.isEmpty() ? 0 : treated.getFirst().after().size();
		for (int w = 0; w < before + after; w++) {
			boolean isBefore = w < before;
			LocalDate start = isBefore ? m.baselineFrom().plusWeeks(w) : m.launchOn().plusWeeks(w - before);
			weeks.add(new Week(start, isBefore ? "before" : "after", pooled(treated, isBefore, w, before, proportion),
					control.isEmpty() ? null : pooled(control, isBefore, w, before, proportion)));
		}
		return weeks;
	}

	private static Figure pooled(List<UnitAnswers> units, boolean isBefore, int w, int before, boolean proportion) {
		Moments sum = Moments.EMPTY;
		for (UnitAnswers u : units) {
			sum = sum.plus(isBefore ? u.before().get(w) : u.after().get(w - before));
		}
		return Figure.of(sum.summary(proportion));
	}
}
