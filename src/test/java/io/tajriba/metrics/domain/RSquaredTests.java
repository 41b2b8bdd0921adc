package io.tajriba.metrics.domain;

import java.util.Random;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RSquaredTests {

	@Test
	void everySubsetsRSquaredFromTheCorrelationsIsTheRegressions() {
		Random random = new Random(3);
		int n = 500;
		int k = 5;
		double[][] x = new double[n][k];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				x[i][j] = j == 4 ? x[i][0] * 0.5 + random.nextGaussian() : 1 + random.nextInt(5);
			}
			y[i] = 2 * x[i][0] - x[i][2] + 0.5 * x[i][4] + random.nextGaussian() * 2;
		}
		RSquared fits = RSquared.of(x, y);
		for (int mask = 1; mask < 1 << k; mask++) {
			final int m = mask;
			int[] columns = IntStream.range(0, k).filter(j -> (m & (1 << j)) != 0).toArray();
			double[][] subset = new double[n][columns.length];
			for (int i = 0; i < n; i++) {
				for (int c = 0; c < columns.length; c++) {
					subset[i][c] = x[i][columns[c]];
				}
			}
			OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
			regression.newSampleData(y, subset);
			assertThat(fits.of(mask)).as("mask %d", mask).isCloseTo(regression.calculateRSquared(), within(1e-10));
		}
		assertThat(fits.of(0)).isZero();
	}

	@Test
	void exactlyCollinearColumnsHaveNoRSquared() {
		double[][] x = { {1, 2}, {2, 4}, {3, 6}, {4, 8.000000000001}, {5, 10} };
		double[] y = { 1, 3, 2, 5, 4 };
		assertThat(RSquared.of(x, y).of(0b11)).isNaN();
		assertThat(RSquared.of(x, y).of(0b01)).isCloseTo(0.64, within(1e-9));
	}
}
