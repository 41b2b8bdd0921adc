package io.tajriba.employees.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.employees.domain.IdeaEvidence.Pain;
import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IdeaRankingTests {

	record Row(int number, int votes, IdeaEvidence evidence) implements IdeaRanking.Ranked {
	}

	static final Pain CHECKOUT = new Pain("touchpoint", "checkout", 1.9, 1.5, 2.4, 120);
	static final Pain ACTION = new Pain("stage", "action", 1.3, 0.9, 1.8, 300);

	@Test
	void evidenceIsTheSureExcessRiskPlusTheThemesShare() {
		assertThat(new IdeaEvidence(CHECKOUT, 20.0).score()).isCloseTo(0.5 + 0.2, within(1e-9));
		// an interval reaching below 1 is no clear pain
		assertThat(new IdeaEvidence(ACTION, null).score()).isZero();
		assertThat(IdeaEvidence.NONE.score()).isZero();
		Map<String, Pain> stages = Map.of("action", ACTION);
		Map<String, Pain> touchpoints = Map.of("checkout", CHECKOUT);
		Map<String, Double> themes = Map.of("waiting", 12.5);
		assertThat(IdeaEvidence.of("action", "checkout", "waiting", stages, touchpoints, themes))
			.isEqualTo(new IdeaEvidence(CHECKOUT, 12.5));
		assertThat(IdeaEvidence.of("action", "unknown desk", null, stages, touchpoints, themes))
			.isEqualTo(new IdeaEvidence(ACTION, null));
		assertThat(IdeaEvidence.of(null, null, "price", stages, touchpoints, themes)).isEqualTo(IdeaEvidence.NONE);
	}

	@Test
	void votesRankFirstByDefaultAndEvidenceWhenAsked() {
		Row popular = new Row(1, 9, IdeaEvidence.NONE);
		Row evidenced = new Row(2, 2, new IdeaEvidence(CHECKOUT, null));
		Row tiedButEvidenced = new Row(3, 9, new IdeaEvidence(null, 30.0));
		Row newest = new Row(4, 0, IdeaEvidence.NONE);
		List<Row> rows = List.of(popular, evidenced, tiedButEvidenced, newest);
		assertThat(IdeaRanking.sort(rows, IdeaRanking.Sort.VOTES)).containsExactly(tiedButEvidenced, popular, evidenced,
				newest);
		assertThat(IdeaRanking.sort(rows, IdeaRanking.Sort.EVIDENCE)).containsExactly(evidenced, tiedButEvidenced,
				popular, newest);
		assertThat(IdeaRanking.sort(rows, IdeaRanking.Sort.NEWEST)).containsExactly(newest, tiedButEvidenced,
				evidenced, popular);
		assertThat(IdeaRanking.Sort.parse(null)).isEqualTo(IdeaRanking.Sort.VOTES);
		assertThat(IdeaRanking.Sort.parse("Evidence")).isEqualTo(IdeaRanking.Sort.EVIDENCE);
		assertThatThrownBy(() -> IdeaRanking.Sort.parse("colour")).isInstanceOf(InvalidFieldException.class);
	}
}
