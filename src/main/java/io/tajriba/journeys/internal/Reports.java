package io.tajriba.journeys.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.domain.CoverageCell;
import io.tajriba.journeys.domain.CoverageMatrix;
import io.tajriba.journeys.domain.DataType;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.PainPoint;
import io.tajriba.journeys.domain.PainPointKind;
import io.tajriba.journeys.domain.PainPoints;
import io.tajriba.journeys.internal.JourneyAnalysis.CoverageReport;
import io.tajriba.journeys.internal.JourneyAnalysis.CoverageRow;
import io.tajriba.journeys.internal.JourneyAnalysis.PainPointReport;
import io.tajriba.journeys.internal.JourneyAnalysis.PainPointRow;

/** The domain's results with names in place of codes, as the API and the page show them. */
final class Reports {

	private Reports() {
	}

	static PainPointReport painPoints(PainPoints points, JourneyDataset data, JourneyMap map,
			BadExperienceRules rules, CustomerWords.Words said) {
		return new PainPointReport(JourneyAnalyses.name(points.outcome()), points.customersWithBadExperience(),
				points.noBadExperience(), new JourneyAnalysis.BadExperiences(rules.dissatisfiedAnswers(),
						rules.negativeTexts(), said.answers(), said.negativeTexts()),
				rows(points.touchpoints(), data, map), rows(points.stages(), data, map));
	}

	private static List<PainPointRow> rows(List<PainPoint> points, JourneyDataset data, JourneyMap map) {
		List<PainPointRow> rows = new ArrayList<>();
		for (PainPoint p : points) {
			boolean touchpoint = p.kind() == PainPointKind.TOUCHPOINT;
			int stage = touchpoint ? data.stageOfBadExperiences(p.code()) : p.code();
			rows.add(new PainPointRow(rows.size() + 1, JourneyAnalyses.name(p.kind()),
					touchpoint ? data.touchpoints.name(p.code()) : map.stage(p.code()).key(),
					stage < 0 ? null : map.stage(stage).key(), p.exposed(), p.exposedRate(), p.comparison(),
					p.comparisonRate(), p.relativeRisk(), p.excessCustomers(), p.lostRevenue(), p.excessRevenue()));
		}
		return rows;
	}

	static CoverageReport coverage(CoverageMatrix matrix) {
		List<CoverageRow> cells = new ArrayList<>();
		for (CoverageCell cell : matrix.cells()) {
			cells.add(new CoverageRow(matrix.stageKeys().get(cell.stage()), JourneyAnalyses.name(cell.type()),
					cell.count(), JourneyAnalyses.name(cell.status()), cell.expected(), cell.recommendation()));
		}
		return new CoverageReport(matrix.stageKeys(),
				Arrays.stream(DataType.values()).map(JourneyAnalyses::name).toList(), cells,
				CoverageMatrix.DEFAULT_COVERED_AT);
	}
}
