package io.tajriba.metrics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KeyDriverTests {

	static final List<Driver> TWO = List.of(new Driver("delivery", 1, 5), new Driver("price", 1, 5));

	/**
	 * Eight respondents with uncorrelated drivers: a = x1 - 3 = +-1, b = x2 - 4 = +-1 over all four combinations
	 * (twice), and y = x1 + 2 x2 + a*b, where a*b is uncorrelated with both. With population variances
	 * var(a) = var(b) = var(ab) = 1: var(y) = 1 + 4 + 1 = 6, so R²(x1) = 1/6, R²(x2) = 4/6, R²(x1, x2) = 5/6.
	 * Shapley: phi1 = 1/2 (1/6 - 0) + 1/2 (5/6 - 4/6) = 1/6, phi2 = 1/2 (4/6) + 1/2 (5/6 - 1/6) = 4/6.
	 */
	static List<DriverRow> orthogonal() {
		List<DriverRow> rows = new ArrayList<>();
		int[][] signs = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
		for (int copy = 0; copy < 2; copy++) {
			for (int[] s : signs) {
				double x1 = 3 + s[0];
				double x2 = 4 + s[1];
				rows.add(new DriverRow(x1 + 2 * x2 + s[0] * s[1], new double[] {x1, x2}));
			}
		}
		return rows;
	}

	@Test
	void shapleySharesOfUncorrelatedDriversAreTheirSquaredCorrelations() {
		List<DriverRow> rows = new ArrayList<>(orthogonal());
		rows.add(new DriverRow(9, new double[] {5, Double.NaN})); // one missing answer: left out
		rows.add(new DriverRow(Double.NaN, new double[] {5, 5}));
		DriverAnalysis analysis = KeyDrivers.analyse(TWO, rows);
		assertThat(analysis.n()).isEqualTo(8);
		assertThat(analysis.method()).isEqualTo(DriverAnalysis.Method.SHAPLEY);
		assertThat(analysis.rSquared()).isCloseTo(5.0 / 6, within(1e-9));
		DriverResult delivery = analysis.drivers().get(0);
		DriverResult price = analysis.drivers().get(1);
		assertThat(delivery.contribution()).isCloseTo(1.0 / 6, within(1e-9));
		assertThat(price.contribution()).isCloseTo(4.0 / 6, within(1e-9));
		// importance in % of R²: (1/6) / (5/6) = 20%, (4/6) / (5/6) = 80%
		assertThat(delivery.importance()).isCloseTo(20, within(1e-7));
		assertThat(price.importance()).isCloseTo(80, within(1e-7));
		// means 3 and 4 on 1-5: (3 - 1) / 4 = 50, (4 - 1) / 4 = 75
		assertThat(delivery.mean()).isCloseTo(3, within(1e-12));
		assertThat(delivery.performance()).isCloseTo(50, within(1e-9));
		assertThat(price.performance()).isCloseTo(75, within(1e-9));
		assertThat(analysis.tooFew()).isTrue();
	}

	@Test
	void relativeWeightsOfUncorrelatedDriversAreTheirSquaredCorrelationsToo() {
		// with R_xx = I, Lambda = I and beta = r_xy, so epsilon_j = r_j^2 = 1/6 and 4/6
		DriverAnalysis analysis = KeyDrivers.analyse(TWO, orthogonal(), true);
		assertThat(analysis.method()).isEqualTo(DriverAnalysis.Method.RELATIVE_WEIGHTS);
		assertThat(analysis.drivers().get(0).contribution()).isCloseTo(1.0 / 6, within(1e-9));
		assertThat(analysis.drivers().get(1).contribution()).isCloseTo(4.0 / 6, within(1e-9));
	}

	static final List<Driver> PLANTED = List.of(new Driver("x1", -10, 10), new Driver("x2", -10, 10),
			new Driver("x3", -10, 10), new Driver("x4", -10, 10));

	/**
	 * y = 3 x1 + 2 x2 + 1 x3 + 0 x4 + noise, the drivers sharing a common factor (pairwise correlation 0.2), and
	 * today's means -2, +2, -1, +1.
	 */
	static List<DriverRow> planted(int n, long seed) {
		Random random = new Random(seed);
		double[] offsets = {-2, 2, -1, 1};
		List<DriverRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double common = random.nextGaussian();
			double[] x = new double[4];
			for (int j = 0; j < 4; j++) {
				x[j] = offsets[j] + random.nextGaussian() + 0.5 * common;
			}
			rows.add(new DriverRow(3 * x[0] + 2 * x[1] + x[2] + 2 * random.nextGaussian(), x));
		}
		return rows;
	}

	@Test
	void recoversThePlantedOrderOfDrivers() {
		List<DriverRow> rows = planted(1_000, 42);
		DriverAnalysis analysis = KeyDrivers.analyse(PLANTED, rows);
		assertThat(analysis.byImportance()).extracting(DriverResult::name).containsExactly("x1", "x2", "x3", "x4");
		assertThat(analysis.drivers().get(3).importance()).isLessThan(5);
		assertThat(analysis.drivers()).extracting(DriverResult::quadrant).containsExactly(Quadrant.FIX_FIRST,
				Quadrant.KEEP_UP, Quadrant.LOWER_PRIORITY, Quadrant.MAINTAIN);
		assertThat(analysis.tooFew()).isFalse();
		// Johnson's weights tell the same story within a few points
		DriverAnalysis weights = KeyDrivers.analyse(PLANTED, rows, true);
		for (int j = 0; j < 4; j++) {
			assertThat(weights.drivers().get(j).importance())
				.isCloseTo(analysis.drivers().get(j).importance(), within(3.0));
		}
	}

	@Test
	void sharesAddUpToTheRSquaredOfTheFullRegression() {
		List<DriverRow> rows = planted(500, 7);
		double[] y = rows.stream().mapToDouble(DriverRow::outcome).toArray();
		double[][] x = rows.stream().map(DriverRow::values).toArray(double[][]::new);
		var ols = new OLSMultipleLinearRegression();
		ols.newSampleData(y, x);
		double r2 = ols.calculateRSquared();
		for (boolean weights : new boolean[] {false, true}) {
			DriverAnalysis analysis = KeyDrivers.analyse(PLANTED, rows, weights);
			assertThat(analysis.drivers().stream().mapToDouble(DriverResult::contribution).sum())
				.isCloseTo(r2, within(1e-9));
			assertThat(analysis.rSquared()).isCloseTo(r2, within(1e-9));
			assertThat(analysis.drivers().stream().mapToDouble(DriverResult::importance).sum())
				.isCloseTo(100, within(1e-9));
		}
	}

	@Test
	void twelveDriversExactlyAndMoreByRelativeWeights() {
		// y = 12 x1 + 11 x2 + ... + 1 x12 + 0 x13 + 0 x14 with independent drivers: shares follow the coefficients
		for (int k : new int[] {12, 14}) {
			Random random = new Random(k);
			List<Driver> drivers = IntStream.rangeClosed(1, k).mapToObj(j -> new Driver("x" + j, -5, 5)).toList();
			List<DriverRow> rows = new ArrayList<>();
			for (int i = 0; i < 2_000; i++) {
				double[] x = random.doubles(k).map(u -> u * 2 - 1).toArray();
				double y = random.nextGaussian();
				for (int j = 0; j < Math.min(k, 12); j++) {
					y += (12 - j) * x[j];
				}
				rows.add(new DriverRow(y, x));
			}
			DriverAnalysis analysis = KeyDrivers.analyse(drivers, rows);
			assertThat(analysis.method()).isEqualTo(k <= 12 ? DriverAnalysis.Method.SHAPLEY
					: DriverAnalysis.Method.RELATIVE_WEIGHTS);
			assertThat(analysis.byImportance().subList(0, 6)).extracting(DriverResult::name)
				.containsExactly("x1", "x2", "x3", "x4", "x5", "x6");
		}
	}

	@Test
	void degenerateInput() {
		// a driver everyone answered alike explains nothing; an exact copy of another shares its part
		List<DriverRow> rows = new ArrayList<>();
		for (DriverRow row : orthogonal()) {
			rows.add(new DriverRow(row.outcome(), new double[] {row.value(0), row.value(1), 4, row.value(0)}));
		}
		List<Driver> four = List.of(TWO.get(0), TWO.get(1), new Driver("constant", 1, 5), new Driver("copy", 1, 5));
		DriverAnalysis analysis = KeyDrivers.analyse(four, rows);
		assertThat(analysis.rSquared()).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(analysis.drivers().get(2).contribution()).isZero();
		assertThat(analysis.drivers().get(0).contribution() + analysis.drivers().get(3).contribution())
			.isCloseTo(1.0 / 6, within(1e-6));
		// nobody complete, or fewer respondents than coefficients: nothing explained, nothing fails
		DriverAnalysis none = KeyDrivers.analyse(TWO, List.of(new DriverRow(5, new double[] {Double.NaN, 3})));
		assertThat(none.n()).isZero();
		assertThat(none.rSquared()).isZero();
		assertThat(none.drivers().get(0).performance()).isEqualTo(50);
		assertThat(KeyDrivers.analyse(TWO, orthogonal().subList(0, 3)).rSquared()).isZero();
		assertThatThrownBy(() -> KeyDrivers.analyse(TWO, List.of(new DriverRow(1, new double[] {1}))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 driver values");
		assertThatThrownBy(() -> new Driver("effort", 7, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anIndicatorThatGoesWithWorseOutcomesPerformsWellWhereItIsAbsent() {
		// 1,000 answers: NPS = 5 + rating - 4 frustrated + 1 delighted + noise; 30% frustrated, 20% delighted
		Random random = new Random(7);
		List<Driver> drivers = List.of(new Driver("rating", 1, 5), Driver.indicator("frustrated"),
				Driver.indicator("delighted"));
		List<DriverRow> rows = new ArrayList<>();
		int frustratedCount = 0;
		for (int i = 0; i < 1_000; i++) {
			double rating = 1 + random.nextInt(5);
			double frustrated = random.nextDouble() < 0.3 ? 1 : 0;
			double delighted = random.nextDouble() < 0.2 ? 1 : 0;
			frustratedCount += (int) frustrated;
			rows.add(new DriverRow(5 + rating - 4 * frustrated + delighted + random.nextGaussian() * 0.5,
					new double[] {rating, frustrated, delighted}));
		}
		DriverAnalysis analysis = KeyDrivers.analyse(drivers, rows);
		DriverResult frustrated = analysis.byImportance().stream().filter(d -> d.name().equals("frustrated"))
			.findFirst().orElseThrow();
		DriverResult delighted = analysis.byImportance().stream().filter(d -> d.name().equals("delighted"))
			.findFirst().orElseThrow();
		assertThat(frustrated.lowerIsBetter()).isTrue();
		assertThat(delighted.lowerIsBetter()).isFalse();
		// performance: the share without frustration, the share with delight
		assertThat(frustrated.performance()).isCloseTo(100 - frustratedCount / 10.0, within(1e-9));
		assertThat(frustrated.mean()).isCloseTo(frustratedCount / 1_000.0, within(1e-9));
		assertThat(frustrated.importance()).isGreaterThan(delighted.importance());
		assertThat(analysis.byImportance().stream().filter(d -> d.name().equals("rating")).findFirst().orElseThrow()
			.lowerIsBetter()).isFalse();
	}
}
