package io.tajriba.actions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.domain.ControlSuggestion;
import io.tajriba.actions.domain.ControlSuggestions;
import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.domain.Moments;
import io.tajriba.actions.domain.UnitAnswers;
import io.tajriba.actions.internal.Initiative.ControlReason;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.actions.internal.UnitAnswersReader.Period;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Suggests control units: of the untreated units of the same kind with at least {@value #MINIMUM} answers in the
 * baseline, the ones closest to the treated units on the metric's level and weekly trend there; warns when the
 * treated units look picked for being the worst with nothing comparable left (regression to the mean).
 */
@Service
public class ControlSuggester {

	static final int MINIMUM = 30;

	/** The suggested controls with why, whether regression to the mean threatens, and the treated baseline. */
	public record Suggested(List<ControlReason> reasons, boolean regressionToMeanRisk, double treatedLevel,
			double treatedTrend, int candidates) {
	}

	private final UnitAnswersReader reader;

	ControlSuggester(UnitAnswersReader reader) {
		this.reader = reader;
	}

	public Suggested suggest(Workspace workspace, InitiativeMetric metric, @Nullable UUID survey, UnitKind kind,
			List<String> treated, LocalDate from, LocalDate to) {
		Map<String, List<Moments>> all = reader.all(workspace, metric, survey, kind, new Period(from, to));
		List<UnitAnswers> treatedUnits = new ArrayList<>();
		List<UnitAnswers> candidates = new ArrayList<>();
		for (String unit : treated) {
			treatedUnits.add(new UnitAnswers(unit, all.getOrDefault(unit, List.of()), List.of()));
		}
		all.forEach((unit, weeks) -> {
			if (!treated.contains(unit)) {
				candidates.add(new UnitAnswers(unit, weeks, List.of()));
			}
		});
		ControlSuggestion s = ControlSuggestions.suggest(treatedUnits, candidates, Math.min(3, Math.max(2, treated.size())),
				MINIMUM);
		List<ControlReason> reasons = s.controls().stream()
			.map(c -> new ControlReason(c.unit(), round(c.level()), round(c.trend()), c.n(), round(s.treatedLevel()),
					round(s.treatedTrend())))
			.toList();
		return new Suggested(reasons, s.regressionToMeanRisk(), round(s.treatedLevel()), round(s.treatedTrend()),
				candidates.size());
	}

	private static double round(double value) {
		return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : 0;
	}
}
