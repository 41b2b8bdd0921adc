package io.tajriba.employees.domain;

import java.util.List;

import io.tajriba.employees.domain.TeamCorrelation.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TeamCorrelationTests {

	@Test
	void fiveTeamsByHand() {
		// eNPS 10..50 against CSAT 70, 75, 72, 85, 90: deviations (-20..20) and (-8.4, -3.4, -6.4, 6.6, 11.6);
		// sum of products 500, sums of squares 1000 and 301.2: r = 500 / sqrt(301200) = 0.911051;
		// z = atanh(r) = 1.53223, half-width 1.959964 / sqrt(5 - 3) = 1.385904: tanh(0.14633) = 0.14670,
		// tanh(2.91813) = 0.99419
		TeamCorrelation c = TeamCorrelation.of(List.of(new Pair(10, 70), new Pair(20, 75), new Pair(30, 72),
				new Pair(40, 85), new Pair(50, 90)));
		assertThat(c.n()).isEqualTo(5);
		assertThat(c.r()).isCloseTo(0.911051, within(1e-6));
		assertThat(c.low()).isCloseTo(0.146701, within(1e-6));
		assertThat(c.high()).isCloseTo(0.994194, within(1e-6));
	}

	@Test
	void tooFewOrFlatTeamsGiveNoCorrelation() {
		assertThat(TeamCorrelation.of(List.of(new Pair(1, 2), new Pair(2, 3))).r()).isNull();
		TeamCorrelation three = TeamCorrelation.of(List.of(new Pair(1, 2), new Pair(2, 1), new Pair(3, 5)));
		assertThat(three.r()).isNotNull();
		assertThat(three.low()).isNull();
		assertThat(TeamCorrelation.of(List.of(new Pair(1, 2), new Pair(2, 2), new Pair(3, 2), new Pair(4, 2))).r())
			.isNull();
		TeamCorrelation perfect = TeamCorrelation.of(List.of(new Pair(1, 2), new Pair(2, 4), new Pair(3, 6),
				new Pair(4, 8)));
		assertThat(perfect.r()).isCloseTo(1, within(1e-12));
	}

	@Test
	void teamFiguresCarryTheirIntervals() {
		// 8 of 10 satisfied: Wilson's interval 49.02% to 94.33%
		TeamFigure csat = TeamFigure.share(8, 10);
		assertThat(csat.value()).isCloseTo(80, within(1e-9));
		assertThat(csat.low()).isCloseTo(49.0162, within(1e-3));
		assertThat(csat.high()).isCloseTo(94.3318, within(1e-3));
		assertThat(TeamFigure.share(0, 0)).isEqualTo(TeamFigure.NONE);
		// scores 0.8 and 0.6: mean 70, sd 14.142, t(1) 12.706: 70 +- 127.06, clipped to [0, 100]
		TeamFigure qa = TeamFigure.mean(List.of(0.8, 0.6));
		assertThat(qa.value()).isCloseTo(70, within(1e-9));
		assertThat(qa.low()).isEqualTo(0);
		assertThat(qa.high()).isEqualTo(100);
		assertThat(TeamFigure.mean(List.of(0.5)).low()).isNull();
	}
}
