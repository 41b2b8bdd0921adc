package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tajriba.quality.domain.KrippendorffAlpha.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against the worked examples of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011). */
class KrippendorffAlphaTests {

	/** Section C: four observers, twelve units, values 1 to 5, some missing (0 here). */
	static final int[][] OBSERVERS = {
			{ 1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0 },
			{ 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3 },
			{ 0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0 },
			{ 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0 } };

	static List<List<Double>> units(int[][] observers) {
		List<List<Double>> units = new ArrayList<>();
		for (int u = 0; u < observers[0].length; u++) {
			List<Double> values = new ArrayList<>();
			for (int[] observer : observers) {
				values.add(observer[u] == 0 ? null : (double) observer[u]);
			}
			units.add(values);
		}
		return units;
	}

	@Test
	void fourObserversWithMissingValues() {
		var units = units(OBSERVERS);
		assertThat(KrippendorffAlpha.of(units, Level.NOMINAL)).isCloseTo(0.743, within(0.0005));
		assertThat(KrippendorffAlpha.of(units, Level.ORDINAL)).isCloseTo(0.815, within(0.0005));
		assertThat(KrippendorffAlpha.of(units, Level.INTERVAL)).isCloseTo(0.849, within(0.0005));
	}

	@Test
	void twoObserversBinaryData() {
		// section A: ten units, values 0 and 1 (shifted to 1 and 2 here), alpha = 0.095
		int[][] observers = { { 1, 2, 1, 1, 1, 1, 1, 1, 2, 1 }, { 2, 2, 2, 1, 1, 2, 1, 1, 1, 1 } };
		assertThat(KrippendorffAlpha.of(units(observers), Level.NOMINAL)).isCloseTo(0.095, within(0.0005));
	}

	@Test
	void perfectAgreementIsOneAndNoVariationIsUndefined() {
		var agree = List.of(Arrays.asList(1.0, 1.0, 1.0), Arrays.asList(3.0, 3.0, null), Arrays.asList(5.0, 5.0, 5.0));
		assertThat(KrippendorffAlpha.of(agree, Level.ORDINAL)).isEqualTo(1.0);
		var same = List.of(Arrays.asList(2.0, 2.0), Arrays.asList(2.0, 2.0));
		assertThat(KrippendorffAlpha.of(same, Level.ORDINAL)).isNull();
		var lonely = List.of(Arrays.asList(2.0, null), Arrays.<Double>asList(null, 4.0));
		assertThat(KrippendorffAlpha.of(lonely, Level.NOMINAL)).isNull();
	}
}
