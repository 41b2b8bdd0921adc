package io.tajriba.maturity.domain;

import java.time.LocalDate;
import java.util.List;

import io.tajriba.maturity.domain.GoalJudge.Judgement;
import io.tajriba.maturity.domain.GoalJudge.Status;
import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A goal's status by hand: an NPS goal from 30 to 40 over 100 days is planned at 35 on day 50; a churn goal from
 * 12% to 8% at 10% on day 50; the trend's slope and interval worked out by least squares on paper.
 */
class GoalJudgeTests {

	static final LocalDate SET = LocalDate.of(2026, 1, 1);
	static final LocalDate DUE = SET.plusDays(100);
	static final LocalDate MIDWAY = SET.plusDays(50);

	static GoalPoint at(LocalDate day, double value, double low, double high) {
		return new GoalPoint(day, value, low, high, 400);
	}

	static Judgement nps(GoalPoint now, List<GoalPoint> history) {
		return GoalJudge.judge(true, 40, 30.0, SET, DUE, now, history);
	}

	@Test
	void theWorseEndOnThePlannedPathIsOnTrack() {
		Judgement j = nps(at(MIDWAY, 38, 36, 40), List.of());
		assertThat(j.planned()).isEqualTo(35);
		assertThat(j.status()).isEqualTo(Status.ON_TRACK);
		assertThat(j.daysLeft()).isEqualTo(50);
	}

	@Test
	void theBetterEndBehindThePathWithNoTrendIsOffTrack() {
		Judgement j = nps(at(MIDWAY, 30, 28, 33), List.of());
		assertThat(j.status()).isEqualTo(Status.OFF_TRACK);
		assertThat(j.slopePerDay()).isNull();
		assertThat(j.projected()).isEqualTo(30);
	}

	@Test
	void anIntervalAcrossThePathIsAtRisk() {
		assertThat(nps(at(MIDWAY, 34, 31, 37), List.of()).status()).isEqualTo(Status.AT_RISK);
	}

	@Test
	void aRisingTrendThatReachesTheTargetInTimeIsOnTrack() {
		// 26, 28, 30, 32 on days 20, 30, 40, 50: 0.2 a day, exactly; 32 + 0.2 × 50 days = 42 ≥ 40
		List<GoalPoint> history = List.of(at(SET.plusDays(20), 26, 23, 29), at(SET.plusDays(30), 28, 25, 31),
				at(SET.plusDays(40), 30, 27, 33), at(MIDWAY, 32, 29, 35));
		Judgement j = nps(at(MIDWAY, 32, 29, 35), history);
		assertThat(j.slopePerDay()).isCloseTo(0.2, within(1e-9));
		assertThat(j.projected()).isCloseTo(42, within(1e-9));
		assertThat(j.status()).isEqualTo(Status.ON_TRACK);
		// the same figure without the trend: behind the path but not ruled out
		assertThat(nps(at(MIDWAY, 32, 29, 35), List.of()).status()).isEqualTo(Status.AT_RISK);
	}

	@Test
	void theTrendsIntervalIsTheLeastSquaresSlopesStudentInterval() {
		// (0, 1), (10, 2), (20, 4): slope 30 / 200 = 0.15; residuals 1/6, -1/3, 1/6, SSE 1/6 on 1 df;
		// SE = sqrt((1/6) / 200) = 0.0288675; t(0.975, 1) = 12.7062047; half width 0.366800
		List<GoalPoint> history = List.of(at(SET, 1, 0, 2), at(SET.plusDays(10), 2, 1, 3), at(SET.plusDays(20), 4, 3, 5));
		Judgement j = GoalJudge.judge(true, 40, 30.0, SET, DUE, at(SET.plusDays(20), 4, 3, 5), history);
		assertThat(j.slopePerDay()).isCloseTo(0.15, within(1e-12));
		assertThat(j.slopeCi95()[0]).isCloseTo(0.15 - 0.366800, within(1e-5));
		assertThat(j.slopeCi95()[1]).isCloseTo(0.15 + 0.366800, within(1e-5));
	}

	@Test
	void twoPointsOrAShortSpanGiveNoTrend() {
		assertThat(nps(at(MIDWAY, 34, 31, 37), List.of(at(SET.plusDays(40), 30, 27, 33), at(MIDWAY, 34, 31, 37)))
			.slopePerDay()).isNull();
		assertThat(nps(at(MIDWAY, 34, 31, 37), List.of(at(SET.plusDays(40), 30, 27, 33),
				at(SET.plusDays(45), 31, 28, 34), at(SET.plusDays(50), 34, 31, 37))).slopePerDay()).isNull();
	}

	@Test
	void lowerIsBetterForChurn() {
		// from 12% to 8%: planned 10% on day 50
		Judgement on = GoalJudge.judge(false, 8, 12.0, SET, DUE, at(MIDWAY, 9.5, 9, 10), List.of());
		assertThat(on.planned()).isCloseTo(10, within(1e-9));
		assertThat(on.status()).isEqualTo(Status.ON_TRACK);
		assertThat(GoalJudge.judge(false, 8, 12.0, SET, DUE, at(MIDWAY, 11, 10.5, 11.5), List.of()).status())
			.isEqualTo(Status.OFF_TRACK);
		assertThat(GoalJudge.judge(false, 8, 12.0, SET, DUE, at(MIDWAY, 10.5, 9.5, 11.5), List.of()).status())
			.isEqualTo(Status.AT_RISK);
	}

	@Test
	void onceDueThePathIsTheTargetItself() {
		LocalDate after = DUE.plusDays(20);
		assertThat(nps(at(after, 41, 39, 43), List.of()).status()).isEqualTo(Status.ON_TRACK);
		assertThat(nps(at(after, 38, 35, 41), List.of()).status()).isEqualTo(Status.AT_RISK);
		assertThat(nps(at(after, 36, 33, 39), List.of()).status()).isEqualTo(Status.OFF_TRACK);
		assertThat(nps(at(after, 36, 33, 39), List.of()).daysLeft()).isZero();
	}

	@Test
	void aGoalJustSetIsAtRiskUnlessTheTrendCarriesIt() {
		Judgement j = GoalJudge.judge(true, 40, null, SET, DUE, at(SET, 30, 27, 33), List.of());
		assertThat(j.planned()).isEqualTo(30);
		assertThat(j.status()).isEqualTo(Status.AT_RISK);
	}

	@Test
	void aGoalSetPastItsTargetHasTheTargetAsItsPath() {
		// set at 45, target 40: the path is 40 all along; 42 [39, 45] is on the central value's side of it
		Judgement j = GoalJudge.judge(true, 40, 45.0, SET, DUE, at(MIDWAY, 42, 39, 45), List.of());
		assertThat(j.planned()).isEqualTo(40);
		assertThat(j.status()).isEqualTo(Status.ON_TRACK);
		assertThat(GoalJudge.judge(true, 40, 45.0, SET, DUE, at(MIDWAY, 36, 33, 39), List.of()).status())
			.isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void noFigureIsNoData() {
		Judgement j = nps(new GoalPoint(MIDWAY, null, null, null, 0), List.of());
		assertThat(j.status()).isEqualTo(Status.NO_DATA);
		assertThat(j.projected()).isNull();
	}

	@Test
	void theHorizonFollowsFromTheDays() {
		LocalDate set = LocalDate.of(2026, 1, 31);
		assertThat(goal(set, LocalDate.of(2026, 4, 30)).horizon()).isEqualTo(Goal.Horizon.SHORT);
		assertThat(goal(set, LocalDate.of(2026, 5, 1)).horizon()).isEqualTo(Goal.Horizon.MEDIUM);
		assertThat(goal(set, LocalDate.of(2027, 1, 31)).horizon()).isEqualTo(Goal.Horizon.MEDIUM);
		assertThat(goal(set, LocalDate.of(2027, 2, 1)).horizon()).isEqualTo(Goal.Horizon.LONG);
	}

	@Test
	void aBadGoalNamesItsField() {
		assertThatThrownBy(() -> new Goal("x", Goal.Metric.NPS, null, 120, SET, DUE))
			.isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "target");
		assertThatThrownBy(() -> new Goal("x", Goal.Metric.CES, null, 0.5, SET, DUE))
			.hasFieldOrPropertyWithValue("field", "target");
		assertThatThrownBy(() -> new Goal("x", Goal.Metric.CHURN, "use", 5, SET, DUE))
			.hasFieldOrPropertyWithValue("field", "stage");
		assertThatThrownBy(() -> new Goal("x", Goal.Metric.NPS, null, 10, SET, SET))
			.hasFieldOrPropertyWithValue("field", "dueOn");
		assertThatThrownBy(() -> new Goal(" ", Goal.Metric.NPS, null, 10, SET, DUE))
			.hasFieldOrPropertyWithValue("field", "name");
		assertThatThrownBy(() -> Goal.Metric.parse("revenue")).hasFieldOrPropertyWithValue("field", "metric");
	}

	static Goal goal(LocalDate set, LocalDate due) {
		return new Goal("CSAT", Goal.Metric.CSAT, null, 80, set, due);
	}
}
