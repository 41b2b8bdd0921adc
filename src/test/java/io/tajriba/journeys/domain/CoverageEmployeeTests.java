package io.tajriba.journeys.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee column of the coverage matrix once the employees' voice is counted. */
class CoverageEmployeeTests {

	@Test
	void employeeAnswersMakeTheCellThinOrCoveredAndTheAdviceGoesWhereNoneAnswered() {
		JourneyMap map = JourneyMap.template();
		int action = map.indexOf("action");
		int use = map.indexOf("use");
		CoverageCounts counts = new CoverageCounts(map.size());
		counts.add(use, DataType.EMPLOYEE, 40);
		CoverageMatrix matrix = CoverageMatrix.of(map, counts, CoverageMatrix.DEFAULT_COVERED_AT);

		CoverageCell served = matrix.cell(use, DataType.EMPLOYEE);
		assertThat(served.count()).isEqualTo(40);
		assertThat(served.status()).isEqualTo(CoverageStatus.COVERED);
		assertThat(served.recommendation()).isNull();
		CoverageCell silent = matrix.cell(action, DataType.EMPLOYEE);
		assertThat(silent.status()).isEqualTo(CoverageStatus.GAP);
		assertThat(silent.recommendation().messageKey()).isEqualTo("journeys.coverage.gap.employee");
		assertThat(matrix.gaps()).filteredOn(c -> c.type() == DataType.EMPLOYEE).extracting(CoverageCell::stage)
			.containsExactly(action);

		// a few answers: thin, with the advice to collect more
		CoverageCounts few = new CoverageCounts(map.size());
		few.add(action, DataType.EMPLOYEE, 4);
		CoverageCell thin = CoverageMatrix.of(map, few, CoverageMatrix.DEFAULT_COVERED_AT).cell(action,
				DataType.EMPLOYEE);
		assertThat(thin.status()).isEqualTo(CoverageStatus.THIN);
		assertThat(thin.recommendation().messageKey()).isEqualTo("journeys.coverage.thin");
	}
}
