package io.tajriba.actions.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Control units ranked by their baseline's level and trend, on small hand-computed sets. */
class ControlSuggestionsTests {

	static UnitAnswers baseline(String unit, Moments... weeks) {
		return new UnitAnswers(unit, List.of(weeks), List.of(Moments.of(999, 50)));
	}

	static UnitAnswers steady(String unit, double value, long perWeek) {
		return baseline(unit, Moments.of(value, perWeek), Moments.of(value, perWeek), Moments.of(value, perWeek));
	}

	/** One week of a share: yes of n in percent. */
	static UnitAnswers share(String unit, int yes, int n) {
		return baseline(unit, Moments.of(100, yes).plus(Moments.of(0, n - yes)));
	}

	@Test
	void candidatesRankByLevelAndTrendInStandardDeviations() {
		// treated 60 flat. Eligible: P 62 flat, Q 55 → 60 → 65 (level 60, trend 5), R 70 flat; S has 6 answers < 10
		// sd of levels {62, 60, 70} = √28 = 5.291503, of trends {0, 5, 0} = 2.886751
		// P 2/5.291503 = 0.377964; Q 5/2.886751 = 1.732051; R 10/5.291503 = 1.889822
		UnitAnswers q = baseline("Q", Moments.of(55, 10), Moments.of(60, 10), Moments.of(65, 10));
		ControlSuggestion suggestion = ControlSuggestions.suggest(List.of(steady("web", 60, 10)),
				List.of(steady("R", 70, 10), steady("web", 60, 10), q, steady("S", 61, 2), steady("P", 62, 10)), 2,
				10);
		assertThat(suggestion.treatedLevel()).isEqualTo(60);
		assertThat(suggestion.treatedTrend()).isCloseTo(0, within(1e-12));
		assertThat(suggestion.controls()).extracting(ControlSuggestion.Candidate::unit).containsExactly("P", "Q");
		ControlSuggestion.Candidate p = suggestion.controls().get(0);
		assertThat(p.distance()).isCloseTo(0.377964, within(1e-6));
		assertThat(p.level()).isEqualTo(62);
		assertThat(p.n()).isEqualTo(30);
		ControlSuggestion.Candidate second = suggestion.controls().get(1);
		assertThat(second.trend()).isCloseTo(5, within(1e-12));
		assertThat(second.distance()).isCloseTo(1.732051, within(1e-6));
		// Q's level equals the treated one: the treated units are not below every candidate
		assertThat(suggestion.regressionToMeanRisk()).isFalse();
	}

	@Test
	void theTrendWeighsWeeksByTheirAnswers() {
		// means 0, 10, 30 with n 1, 1, 2: x̄ = 5/4, ȳ = 70/4, Sxx = 2.75, Sxy = 42.5 → 170/11 (15 unweighted)
		UnitAnswers uneven = baseline("chat", Moments.of(0, 1), Moments.of(10, 1), Moments.of(15, 1).plus(
				Moments.of(45, 1)));
		// a unit answered in one week only has no trend
		UnitAnswers once = baseline("mail", Moments.EMPTY, Moments.of(20, 4), Moments.EMPTY);
		ControlSuggestion suggestion = ControlSuggestions.suggest(List.of(steady("web", 15, 4)),
				List.of(uneven, once), 5, 1);
		assertThat(suggestion.controls()).extracting(ControlSuggestion.Candidate::unit).contains("chat", "mail");
		assertThat(suggestion.controls()).filteredOn(c -> c.unit().equals("chat"))
			.singleElement()
			.satisfies(c -> assertThat(c.trend()).isCloseTo(170.0 / 11, within(1e-12)));
		assertThat(suggestion.controls()).filteredOn(c -> c.unit().equals("mail"))
			.singleElement()
			.satisfies(c -> assertThat(c.trend()).isZero());
	}

	@Test
	void aTreatedUnitFarBelowEveryCandidateRisksRegressionToTheMean() {
		// 30% of 50 against 60% and 65%: se² 0.21·10⁴/49 = 42.857 and 0.24·10⁴/49 = 48.980;
		// 1.96·√91.837 = 18.78 < 60 − 30
		List<UnitAnswers> candidates = List.of(share("store", 30, 50), share("app", 33, 50));
		assertThat(ControlSuggestions.suggest(List.of(share("web", 15, 50)), candidates, 1, 20).regressionToMeanRisk())
			.isTrue();
		// 55%: lowest still, but 1.96·√(0.2475·10⁴/39 + 48.980) = 1.96·√112.44 = 20.78 > 60 − 55: maybe chance
		assertThat(ControlSuggestions.suggest(List.of(share("web", 22, 40)), candidates, 1, 20).regressionToMeanRisk())
			.isFalse();
		// asking for none still judges against the eligible
		ControlSuggestion none = ControlSuggestions.suggest(List.of(share("web", 15, 50)), candidates, 0, 20);
		assertThat(none.controls()).isEmpty();
		assertThat(none.regressionToMeanRisk()).isTrue();
	}

	@Test
	void withNoEligibleCandidateTheLowestTreatedLevelIsARisk() {
		List<UnitAnswers> few = List.of(share("store", 3, 5), share("app", 4, 5));
		ControlSuggestion lowest = ControlSuggestions.suggest(List.of(share("web", 15, 50)), few, 3, 20);
		assertThat(lowest.controls()).isEmpty();
		assertThat(lowest.regressionToMeanRisk()).isTrue();
		assertThat(ControlSuggestions.suggest(List.of(share("web", 35, 50)), few, 3, 20).regressionToMeanRisk())
			.isFalse();
		// nothing to compare with at all is no evidence of a pick for being the worst
		assertThat(ControlSuggestions.suggest(List.of(share("web", 15, 50)), List.of(), 3, 20).regressionToMeanRisk())
			.isFalse();
	}

	@Test
	void withoutTreatedAnswersNothingIsSuggested() {
		// the treated level is NaN, documented: there is no baseline to match
		ControlSuggestion nothing = ControlSuggestions.suggest(List.of(baseline("web", Moments.EMPTY)),
				List.of(steady("store", 60, 10)), 3, 1);
		assertThat(nothing.treatedLevel()).isNaN();
		assertThat(nothing.treatedTrend()).isZero();
		assertThat(nothing.controls()).isEmpty();
		assertThat(nothing.regressionToMeanRisk()).isFalse();
		assertThat(ControlSuggestions.suggest(List.of(), List.of(), 3, 1).controls()).isEmpty();
	}

	@Test
	void oneEligibleCandidateIsMeasuredInRawUnits() {
		// fewer than two candidates: both sds are 1, so the distance is |62 − 60| + |0 − 0| = 2
		ControlSuggestion one = ControlSuggestions.suggest(List.of(steady("web", 60, 10)),
				List.of(steady("P", 62, 10)), 3, 10);
		assertThat(one.controls()).singleElement().satisfies(c -> assertThat(c.distance()).isCloseTo(2, within(1e-12)));
	}
}
