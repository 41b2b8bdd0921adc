package io.tajriba.demo.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualityScoresTests {

	static final List<QualityScores.Criterion> CARD = List.of(new QualityScores.Criterion("greet", 0, 1, false, false),
			new QualityScores.Criterion("verify", 0, 1, false, true), new QualityScores.Criterion("empathy", 1, 5, false, false),
			new QualityScores.Criterion("hold", 1, 3, true, false));

	static double mean(QualityScores scores, String agent, String key, Instant at, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double sum = 0;
		int n = 0;
		for (int i = 0; i < 2_000; i++) {
			Map<String, @Nullable Integer> answers = scores.answers(agent, at, CARD, random);
			Integer point = answers.get(key);
			if (point != null) {
				QualityScores.Criterion c = CARD.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
				sum += (double) (point - c.min()) / (c.max() - c.min());
				n++;
			}
		}
		return sum / n;
	}

	@Test
	void theWorseAgentsScoreLowerThanTheBetterOnes() {
		QualityScores scores = new QualityScores(null);
		Instant at = Instant.parse("2026-10-01T10:00:00Z");
		assertThat(mean(scores, "James Carter", "greet", at, 1)).isLessThan(mean(scores, "Sara Ahmadi", "greet", at, 1));
		assertThat(mean(scores, "Sara Ahmadi", "empathy", at, 1)).isLessThan(mean(scores, "Parisa Tehrani", "empathy", at, 1));
		assertThat(QualityScores.skill("Kaveh Jafari")).isLessThan(QualityScores.skill("Tamar Cohen"));
	}

	@Test
	void kavehIsWeakOnEmpathyUntilCoachedOnIt() {
		Instant coached = Instant.parse("2026-10-15T00:00:00Z");
		QualityScores scores = new QualityScores(coached);
		double before = mean(scores, "Kaveh Jafari", "empathy", coached.minusSeconds(86_400), 3);
		double after = mean(scores, "Kaveh Jafari", "empathy", coached.plusSeconds(86_400), 3);
		assertThat(after - before).isGreaterThan(0.25);
		assertThat(mean(scores, "Kaveh Jafari", "greet", coached.minusSeconds(86_400), 3))
			.isCloseTo(mean(scores, "Kaveh Jafari", "greet", coached.plusSeconds(86_400), 3),
					org.assertj.core.data.Offset.offset(0.05));
	}

	@Test
	void notApplicableOnlyWhereAllowedAndTheSameSeedGivesTheSameScores() {
		QualityScores scores = new QualityScores(null);
		Instant at = Instant.parse("2026-10-01T10:00:00Z");
		for (int i = 0; i < 200; i++) {
			var answers = scores.answers("Noa Levi", at, CARD, new SplittableRandom(i));
			assertThat(answers.get("greet")).isNotNull();
			assertThat(answers.get("empathy")).isBetween(1, 5);
			assertThat(answers).isEqualTo(scores.answers("Noa Levi", at, CARD, new SplittableRandom(i)));
		}
	}
}
