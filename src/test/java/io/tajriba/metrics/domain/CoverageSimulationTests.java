package io.tajriba.metrics.domain;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 95% intervals cover the true value in about 95 of 100 samples: neither too narrow nor too wide. */
class CoverageSimulationTests {

	static final int SAMPLES = 2_000;

	static final int N = 400;

	@Test
	void npsIntervalCoversTheTrueScore() {
		// 45% promoters, 30% passives, 25% detractors: true NPS = 45 - 25 = 20
		Random random = new Random(20260321);
		int covered = 0;
		for (int s = 0; s < SAMPLES; s++) {
			long promoters = 0;
			long detractors = 0;
			for (int i = 0; i < N; i++) {
				double u = random.nextDouble();
				if (u < 0.45) {
					promoters++;
				}
				else if (u >= 0.75) {
					detractors++;
				}
			}
			NpsResult nps = Nps.of(promoters, N - promoters - detractors, detractors);
			if (nps.ciLow() <= 20 && 20 <= nps.ciHigh()) {
				covered++;
			}
		}
		assertThat((double) covered / SAMPLES).isBetween(0.935, 0.965);
	}

	@Test
	void wilsonIntervalCoversTheTrueShare() {
		Random random = new Random(7);
		int covered = 0;
		for (int s = 0; s < SAMPLES; s++) {
			long successes = 0;
			for (int i = 0; i < N; i++) {
				if (random.nextDouble() < 0.3) {
					successes++;
				}
			}
			Proportion p = Proportion.of(successes, N);
			if (p.ciLow() <= 0.3 && 0.3 <= p.ciHigh()) {
				covered++;
			}
		}
		assertThat((double) covered / SAMPLES).isBetween(0.935, 0.965);
	}

	@Test
	void meanIntervalCoversTheTrueMean() {
		// CSAT answers 1-5 drawn with shares 5%, 10%, 15%, 35%, 35%: true mean = 0.05 + 0.2 + 0.45 + 1.4 + 1.75 = 3.85
		double[] cumulative = {0.05, 0.15, 0.30, 0.65, 1.0};
		Random random = new Random(11);
		int covered = 0;
		for (int s = 0; s < SAMPLES; s++) {
			long[] counts = new long[5];
			for (int i = 0; i < N; i++) {
				double u = random.nextDouble();
				int point = 0;
				while (u >= cumulative[point]) {
					point++;
				}
				counts[point]++;
			}
			MeanResult mean = ScaleCounts.csat(counts).mean();
			if (mean.ciLow() <= 3.85 && 3.85 <= mean.ciHigh()) {
				covered++;
			}
		}
		assertThat((double) covered / SAMPLES).isBetween(0.935, 0.965);
	}
}
