package io.tajriba.maturity.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class MaturityTests {

	static Rubric.Text en(String text) {
		return new Rubric.Text(Map.of("en", text));
	}

	static Rubric.Step step(String text) {
		return new Rubric.Step(en(text), en("Start: " + text), "/somewhere");
	}

	static Rubric.Evidence share(String key, String competency) {
		return new Rubric.Evidence(new EvidenceRule(key, competency, Measure.Kind.SHARE, List.of(0.2, 0.4, 0.6, 0.8)),
				en(key), step("Fix the {missing} left of " + key));
	}

	static final Rubric RUBRIC = new Rubric("test", List.of("hand-made"),
			Map.of("initial", en("Initial"), "developing", en("Developing"), "defined", en("Defined"), "managed",
					en("Managed"), "optimized", en("Optimized")),
			List.of(new Rubric.Competency("loop", en("Loop"),
					List.of(new Rubric.Item("loop.a", en("A"), step("a")), new Rubric.Item("loop.b", en("B"), step("b"))),
					List.of(share("sla", "loop"), share("recovery", "loop"))),
					new Rubric.Competency("people", en("People"), List.of(new Rubric.Item("people.a", en("P"), step("p"))),
							List.of(share("participation", "people")))));

	static final UUID ANNA = new UUID(0, 1);
	static final UUID BEN = new UUID(0, 2);
	static final UUID CYRUS = new UUID(0, 3);

	@Test
	void evidenceAndRatersAreReadSideBySide() {
		// sla 9/10 = optimized (5), recovery 3/10 = developing (2): mean 3.5, a half rounded down: defined (3)
		Map<String, Measure> evidence = Map.of("sla", Measure.share(9, 10), "recovery", Measure.share(3, 10));
		// Anna rates both items (mean 4.5), Ben one (2): each rater weighs the same, (4.5 + 2) / 2 = 3.25 -> defined
		List<RaterAnswers> raters = List.of(new RaterAnswers(ANNA, "executive", Map.of("loop.a", 5, "loop.b", 4)),
				new RaterAnswers(BEN, "frontline", Map.of("loop.a", 2)),
				new RaterAnswers(CYRUS, "manager", Map.of("people.a", 5)));
		Evaluation e = Maturity.evaluate(RUBRIC, evidence, raters);
		Evaluation.Result loop = e.competencies().get(0);
		assertThat(loop.evidenceLevel()).isEqualTo(Level.DEFINED);
		assertThat(loop.raterMean()).isCloseTo(3.25, offset(1e-9));
		assertThat(loop.raterLevel()).isEqualTo(Level.DEFINED);
		assertThat(loop.disagree()).isFalse();
		// item loop.a: 5 and 2, spread 3: raters disagree; loop.b: Anna alone
		assertThat(loop.items().get(0).spread()).isEqualTo(3);
		assertThat(loop.items().get(0).disagreed()).isTrue();
		assertThat(loop.items().get(0).mean()).isCloseTo(3.5, offset(1e-9));
		assertThat(loop.items().get(1).byRater()).containsOnlyKeys(ANNA);
		// recovery (developing) gets a step, sla (optimized) not; no item mean at or below 2.5
		assertThat(loop.recommendations()).extracting(Evaluation.Recommendation::key).containsExactly("recovery");

		Evaluation.Result people = e.competencies().get(1);
		assertThat(people.evidenceLevel()).isNull();
		assertThat(people.raterLevel()).isEqualTo(Level.OPTIMIZED);
		assertThat(people.disagree()).isFalse();
		assertThat(people.recommendations()).extracting(Evaluation.Recommendation::key)
			.containsExactly("participation");
		// overall from the evidence leaves out the competency with no data yet
		assertThat(e.overall()).isEqualTo(Level.DEFINED);
		// raters: defined (3) and optimized (5): 4 -> managed
		assertThat(e.overallRaters()).isEqualTo(Level.MANAGED);
	}

	@Test
	void aLevelApartIsADisagreementAndWeakItemsComeFirst() {
		Map<String, Measure> evidence = Map.of("sla", Measure.share(1, 10), "recovery", Measure.share(1, 10));
		List<RaterAnswers> raters = List.of(new RaterAnswers(ANNA, "executive", Map.of("loop.a", 3, "loop.b", 1)),
				new RaterAnswers(BEN, "manager", Map.of("loop.a", 3, "loop.b", 2)));
		Evaluation.Result loop = Maturity.evaluate(RUBRIC, evidence, raters).competencies().get(0);
		assertThat(loop.evidenceLevel()).isEqualTo(Level.INITIAL);
		assertThat(loop.raterLevel()).isEqualTo(Level.DEVELOPING);
		assertThat(loop.disagree()).isTrue();
		// weakest first: the figures at level 1, then loop.b with its mean of 1.5
		assertThat(loop.recommendations()).extracting(Evaluation.Recommendation::key)
			.containsExactly("sla", "recovery", "loop.b");
	}

	@Test
	void aStepNamesTheFigureOrSaysItsStartWithoutData() {
		Rubric.Step s = new Rubric.Step(en("Assign owners to the {missing} touchpoints ({value})"), en("Map first"),
				"/x");
		assertThat(s.say("fa", Measure.share(3, 10), (v, d) -> String.valueOf(Math.round(v))))
			.isEqualTo("Assign owners to the 7 touchpoints (30%)");
		assertThat(s.say("en", Measure.share(0, 0), (v, d) -> "?")).isEqualTo("Map first");
		Rubric.Step alpha = new Rubric.Step(en("Calibrate the {detail} scorecard: alpha {value}"), null, "/y");
		assertThat(alpha.say("en", Measure.coefficient(0.52, 40, "chat"), (v, d) -> String.format("%." + d + "f", v)))
			.isEqualTo("Calibrate the chat scorecard: alpha 0.52");
	}
}
