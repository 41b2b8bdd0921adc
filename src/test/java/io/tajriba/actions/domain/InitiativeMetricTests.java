package io.tajriba.actions.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An answer's value per metric, the metrics' keys, and the verdict read from an estimate's interval. */
class InitiativeMetricTests {

	@Test
	void npsAnswersCountAsPromotersPassivesAndDetractors() {
		assertThat(InitiativeMetric.NPS.value(10, 0, 10)).isEqualTo(100);
		assertThat(InitiativeMetric.NPS.value(9, 0, 10)).isEqualTo(100);
		assertThat(InitiativeMetric.NPS.value(8, 0, 10)).isZero();
		assertThat(InitiativeMetric.NPS.value(7, 0, 10)).isZero();
		assertThat(InitiativeMetric.NPS.value(6, 0, 10)).isEqualTo(-100);
		assertThat(InitiativeMetric.NPS.value(0, 0, 10)).isEqualTo(-100);
		assertThat(InitiativeMetric.NPS.proportion()).isFalse();
	}

	@Test
	void csatCountsTheTopTwoBoxesOfItsOwnScale() {
		assertThat(InitiativeMetric.CSAT.value(5, 1, 5)).isEqualTo(100);
		assertThat(InitiativeMetric.CSAT.value(4, 1, 5)).isEqualTo(100);
		assertThat(InitiativeMetric.CSAT.value(3, 1, 5)).isZero();
		assertThat(InitiativeMetric.CSAT.value(6, 1, 7)).isEqualTo(100);
		assertThat(InitiativeMetric.CSAT.value(5, 1, 7)).isZero();
		assertThat(InitiativeMetric.CSAT.proportion()).isTrue();
	}

	@Test
	void cesIsTheScoreItself() {
		assertThat(InitiativeMetric.CES.value(5, 1, 7)).isEqualTo(5);
		assertThat(InitiativeMetric.CES.value(1, 1, 7)).isEqualTo(1);
		assertThat(InitiativeMetric.CES.proportion()).isFalse();
	}

	@Test
	void keysAreLowerCaseAndReadInAnyCase() {
		assertThat(InitiativeMetric.of("nps")).isEqualTo(InitiativeMetric.NPS);
		assertThat(InitiativeMetric.of("CSAT")).isEqualTo(InitiativeMetric.CSAT);
		assertThat(InitiativeMetric.of("Ces")).isEqualTo(InitiativeMetric.CES);
		assertThat(InitiativeMetric.CSAT.key()).isEqualTo("csat");
		assertThatIllegalArgumentException().isThrownBy(() -> InitiativeMetric.of("enps"));
		assertThatIllegalArgumentException().isThrownBy(() -> InitiativeMetric.of(""));
	}

	@Test
	void theVerdictWaitsForThePlannedEndThenReadsTheInterval() {
		LocalDate end = LocalDate.of(2027, 3, 1);
		DiffInDiff up = estimate(2, 8);
		assertThat(Verdict.of(up, end.minusDays(1), end)).isEqualTo(Verdict.TOO_EARLY);
		assertThat(Verdict.of(null, end.plusDays(30), end)).isEqualTo(Verdict.TOO_EARLY);
		assertThat(Verdict.of(up, end, end)).isEqualTo(Verdict.IMPROVED);
		assertThat(Verdict.of(estimate(-8, -2), end, end)).isEqualTo(Verdict.WORSE);
		assertThat(Verdict.of(estimate(-1, 6), end, end)).isEqualTo(Verdict.NO_CHANGE);
		// an interval touching 0 does not lie above it
		assertThat(Verdict.of(estimate(0, 6), end, end)).isEqualTo(Verdict.NO_CHANGE);
		assertThat(Verdict.NO_CHANGE.key()).isEqualTo("no_change");
		assertThat(Verdict.TOO_EARLY.key()).isEqualTo("too_early");
	}

	private static DiffInDiff estimate(double low, double high) {
		Summary some = new Summary(50, new double[] { 40, 60 }, 10);
		return new DiffInDiff(DiffInDiff.BEFORE_AFTER, new DiffInDiff.Group(some, some, List.of("web")), null,
				(low + high) / 2, new double[] { low, high }, 1, 10, 0.5, List.of());
	}
}
