package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TargetGapsTests {

	@Test
	void meetsFallsJustShortOrMisses() {
		StageTargets targets = new StageTargets(50.0, 80.0, 5.5, 60.0, 24.0);
		// conversion 600 of 1000 = 60% meets 50%; CSAT 740 of 1000 = 74% is within a tenth of 80% (72%);
		// CES 5.0 of 5.5 is within a tenth (4.95); positive 300 of 1000 = 30% misses 60% by far;
		// the median of 100 hours 1..100 is 50.5, its interval [40, 61] above 24: red
		var actuals = new StageActuals(Rate.of(600, 1000), Rate.of(740, 1000), Mean.of(100, 500, 2600),
				Rate.of(300, 1000), hours(100));
		List<TargetGap> gaps = TargetGaps.of(3, targets, actuals);
		assertThat(gaps).map(TargetGap::kpi).containsExactly(Kpi.values());
		assertThat(gaps).map(TargetGap::status).containsExactly(TargetStatus.GREEN, TargetStatus.AMBER,
				TargetStatus.AMBER, TargetStatus.RED, TargetStatus.RED);
		TargetGap conversion = gaps.get(0);
		assertThat(conversion.stage()).isEqualTo(3);
		assertThat(conversion.actual()).isCloseTo(60, within(1e-9));
		assertThat(conversion.gap()).isCloseTo(10, within(1e-9));
		assertThat(conversion.n()).isEqualTo(1000);
		assertThat(conversion.ciLow()).isCloseTo(Rate.of(600, 1000).ciLow() * 100, within(1e-9));
		assertThat(gaps.get(4).actual()).isEqualTo(50.5);
		assertThat(gaps.get(4).gap()).isEqualTo(26.5);
	}

	@Test
	void smallSamplesWhoseIntervalReachesTheTargetAreAmber() {
		// 5 of 10: 50% in [23.7%, 76.3%] stays short of 80%: red; 6 of 10: 60% in [31.3%, 83.2%] reaches it: amber
		StageTargets targets = new StageTargets(null, 80.0, null, null, null);
		assertThat(TargetGaps.of(0, targets, new StageActuals(null, Rate.of(5, 10), null, null, null)))
			.singleElement().extracting(TargetGap::status).isEqualTo(TargetStatus.RED);
		assertThat(TargetGaps.of(0, targets, new StageActuals(null, Rate.of(6, 10), null, null, null)))
			.singleElement().extracting(TargetGap::status).isEqualTo(TargetStatus.AMBER);
	}

	@Test
	void timeWithinATenthOrWithinItsIntervalIsAmber() {
		assertThat(TargetGaps.status(Kpi.MEDIAN_HOURS, 26, 25, 27, 24)).isEqualTo(TargetStatus.AMBER);
		assertThat(TargetGaps.status(Kpi.MEDIAN_HOURS, 30, 23, 40, 24)).isEqualTo(TargetStatus.AMBER);
		assertThat(TargetGaps.status(Kpi.MEDIAN_HOURS, 30, 25, 40, 24)).isEqualTo(TargetStatus.RED);
		assertThat(TargetGaps.status(Kpi.MEDIAN_HOURS, 20, 10, 30, 24)).isEqualTo(TargetStatus.GREEN);
	}

	@Test
	void targetsWithoutFiguresAndFiguresWithoutTargets() {
		JourneyMap map = JourneyMap.template().with(JourneyMap.template().stage(4)
			.withTargets(new StageTargets(30.0, 85.0, null, null, null)));
		List<StageActuals> actuals = new ArrayList<>(Collections.nCopies(7, StageActuals.NONE));
		actuals.set(4, new StageActuals(Rate.of(10, 100), null, Mean.of(3, 12, 56), null, null));
		List<TargetGap> gaps = TargetGaps.of(map, actuals);
		assertThat(gaps).map(TargetGap::kpi).containsExactly(Kpi.CONVERSION, Kpi.CSAT);
		assertThat(gaps.get(0).status()).isEqualTo(TargetStatus.RED);
		assertThat(gaps.get(1).status()).isEqualTo(TargetStatus.NO_DATA);
		assertThat(gaps.get(1).n()).isZero();
	}

	@Test
	void funnelStageGivesConversionAndTime() {
		var stage = new StageFunnel(2, 10, Rate.of(10, 20), Rate.of(4, 10), Rate.of(6, 10), hours(3));
		StageActuals actuals = StageActuals.of(stage, null, null, null);
		assertThat(actuals.conversion()).isEqualTo(Rate.of(4, 10));
		assertThat(actuals.medianTime().hours()).isEqualTo(2);
	}

	private static Median hours(int n) {
		long[] seconds = new long[n];
		for (int i = 0; i < n; i++) {
			seconds[i] = (i + 1) * 3600L;
		}
		return Median.ofSeconds(seconds, n);
	}
}
