package io.tajriba.maturity.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.tajriba.maturity.domain.EvidenceRule;
import io.tajriba.maturity.domain.Level;
import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.Rubric;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The rubric the product ships: complete in four languages, and every evidence rule on hand-built figures. */
class RubricFileTests {

	static final Rubric RUBRIC = new RubricFile(JsonMapper.builder().build()).rubric();
	static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");

	@Test
	void theSevenCompetenciesEachHaveItemsAndEvidenceInFourLanguages() {
		assertThat(RUBRIC.competencies()).extracting(Rubric.Competency::key).containsExactly("strategy", "voc",
				"journeys", "measurement", "action", "employees", "governance");
		assertThat(RUBRIC.version()).isNotBlank();
		assertThat(RUBRIC.sources()).isNotEmpty();
		for (Rubric.Competency c : RUBRIC.competencies()) {
			assertThat(c.items()).as(c.key()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(c.evidence()).as(c.key()).isNotEmpty();
			all(c.name());
			for (Rubric.Item i : c.items()) {
				assertThat(i.key()).startsWith(c.key() + ".");
				all(i.text());
				all(i.step().text());
				assertThat(i.step().link()).startsWith("/");
			}
			for (Rubric.Evidence e : c.evidence()) {
				all(e.text());
				all(e.step().text());
				if (e.step().none() != null) {
					all(e.step().none());
				}
				assertThat(e.step().link()).startsWith("/");
			}
		}
		for (Level l : Level.values()) {
			all(RUBRIC.levels().get(l.key()));
		}
	}

	private static void all(Rubric.Text text) {
		assertThat(text.byLanguage().keySet()).as(text.toString()).containsAll(LANGUAGES);
		text.byLanguage().values().forEach(v -> assertThat(v).isNotBlank());
	}

	@Test
	void everyStepThatNamesAShareHasATextForNoData() {
		Pattern names = Pattern.compile("\\{(missing|value|detail)}");
		for (Rubric.Competency c : RUBRIC.competencies()) {
			for (Rubric.Evidence e : c.evidence()) {
				if (names.matcher(e.step().text().in("en")).find()) {
					assertThat(e.step().none()).as(e.key()).isNotNull();
				}
				for (String language : LANGUAGES) {
					Set<String> placeholders = placeholders(e.step().text().in("en"));
					assertThat(placeholders(e.step().text().in(language))).as(e.key() + " " + language)
						.isEqualTo(placeholders);
					String said = e.step().say(language, figure(e.rule(), 0), (v, d) -> String.valueOf(v));
					assertThat(said).as(e.key()).doesNotContain("{").isNotBlank();
					assertThat(e.step().say(language, Measure.none(e.rule().kind()), (v, d) -> "?"))
						.doesNotContain("{").isNotBlank();
				}
			}
		}
	}

	private static Set<String> placeholders(String text) {
		return Pattern.compile("\\{[a-z]+}").matcher(text).results().map(m -> m.group())
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Every rule on hand-built figures: just below its first threshold initial, at each threshold the next level,
	 * no data no level.
	 */
	@Test
	void everyEvidenceRuleMapsItsThresholdsToTheLevels() {
		List<EvidenceRule> rules = RUBRIC.rules();
		assertThat(rules).hasSize(16);
		for (EvidenceRule rule : rules) {
			assertThat(rule.level(Measure.none(rule.kind()))).as(rule.key()).isNull();
			assertThat(rule.level(below(rule))).as(rule.key() + " below").isEqualTo(Level.INITIAL);
			for (int k = 0; k < 4; k++) {
				assertThat(rule.level(figure(rule, k))).as(rule.key() + " at threshold " + k).isEqualTo(Level.of(k + 2));
			}
		}
	}

	/** A figure exactly at the rule's k-th threshold: a share of 1,000, a count, a coefficient over 30 scores. */
	static Measure figure(EvidenceRule rule, int k) {
		double t = rule.thresholds().get(k);
		return switch (rule.kind()) {
			case SHARE -> Measure.share(Math.round(t * 1000), 1000);
			case COUNT -> Measure.count(Math.round(t));
			case COEFFICIENT -> Measure.coefficient(t, 30, "chat");
		};
	}

	static Measure below(EvidenceRule rule) {
		double t = rule.thresholds().getFirst();
		return switch (rule.kind()) {
			case SHARE -> Measure.share(Math.round(t * 1000) - 1, 1000);
			case COUNT -> Measure.count(Math.round(t) - 1);
			case COEFFICIENT -> Measure.coefficient(t - 0.001, 30, "chat");
		};
	}
}
