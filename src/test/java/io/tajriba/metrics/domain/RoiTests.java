package io.tajriba.metrics.domain;

import java.util.ArrayList;
import java.util.List;

import io.tajriba.metrics.domain.Assumption.GroupName;
import org.junit.jupiter.api.Test;

import static io.tajriba.metrics.domain.Tier.BOTTOM;
import static io.tajriba.metrics.domain.Tier.MIDDLE;
import static io.tajriba.metrics.domain.Tier.TOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RoiTests {

	static CustomerOutcome c(Tier tier, double revenue, boolean repurchased, boolean churned) {
		return new CustomerOutcome(tier, revenue, repurchased, churned);
	}

	/** 4 promoters, 4 passives and 5 detractors. */
	static List<CustomerOutcome> customers() {
		return List.of(c(TOP, 100, true, false), c(TOP, 120, true, false), c(TOP, 80, true, false),
				c(TOP, 100, false, false),
				c(MIDDLE, 60, true, false), c(MIDDLE, 80, true, false), c(MIDDLE, 70, false, true),
				c(MIDDLE, 70, false, false),
				c(BOTTOM, 30, true, true), c(BOTTOM, 50, false, true), c(BOTTOM, 40, false, true),
				c(BOTTOM, 40, false, false), c(BOTTOM, 40, false, false));
	}

	@Test
	void figuresPerGroup() {
		RoiByGroup roi = Roi.of(Grouping.LOYALTY, customers());
		assertThat(roi.groups()).extracting(RoiGroup::tier).containsExactly(TOP, MIDDLE, BOTTOM);
		RoiGroup promoters = roi.group(TOP);
		assertThat(promoters.name()).isEqualTo("promoters");
		assertThat(promoters.n()).isEqualTo(4);
		// (100 + 120 + 80 + 100) / 4 = 100; 3 of 4 bought again, none left
		assertThat(promoters.revenuePerCustomer().mean()).isCloseTo(100, within(1e-9));
		assertThat(promoters.repurchase().value()).isCloseTo(0.75, within(1e-12));
		assertThat(promoters.retention()).isEqualTo(1);
		// passives: 60, 80, 70, 70 -> mean 70, squared deviations 100 + 100 + 0 + 0 = 200, var 200 / 3, sd 8.164966
		// t(0.975, 3) = 3.182446, margin = 3.182446 * 8.164966 / 2 = (24.494898 + 1.489666) / 2 = 12.992282
		RoiGroup passives = roi.group(MIDDLE);
		assertThat(passives.revenuePerCustomer().ciLow()).isCloseTo(57.007718, within(1e-5));
		assertThat(passives.revenuePerCustomer().ciHigh()).isCloseTo(82.992282, within(1e-5));
		assertThat(passives.churn().value()).isCloseTo(0.25, within(1e-12));
		assertThat(passives.retention()).isCloseTo(0.75, within(1e-12));
		// detractors: (30 + 50 + 40 + 40 + 40) / 5 = 40; 1 of 5 bought again, 3 of 5 left
		RoiGroup detractors = roi.group(BOTTOM);
		assertThat(detractors.revenuePerCustomer().mean()).isCloseTo(40, within(1e-9));
		assertThat(detractors.repurchase().value()).isCloseTo(0.2, within(1e-12));
		assertThat(detractors.churn().value()).isCloseTo(0.6, within(1e-12));
		assertThat(detractors.retention()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void revenueAtStakeIfDetractorsBehavedLikePassives() {
		// gap = 5 * (70 - 40) = 150; churn loss = (0.6 - 0.25) * 5 * 70 = 122.5; at stake 272.5
		RoiByGroup roi = Roi.of(Grouping.LOYALTY, customers());
		assertThat(roi.revenueGap()).isCloseTo(150, within(1e-9));
		assertThat(roi.churnLoss()).isCloseTo(122.5, within(1e-9));
		assertThat(roi.revenueAtStake()).isCloseTo(272.5, within(1e-9));
		GroupName detractors = new GroupName(Grouping.LOYALTY, BOTTOM);
		GroupName passives = new GroupName(Grouping.LOYALTY, MIDDLE);
		assertThat(roi.assumptions()).contains(Assumption.of("roi.assumption.spend", detractors, passives, 5L),
				Assumption.of("roi.assumption.few", 30, passives), Assumption.of("roi.assumption.counted.loyalty"));
		assertThat(roi.assumptions()).extracting(Assumption::key).doesNotContain("roi.assumption.negative");
		assertThat(detractors.key()).isEqualTo("roi.group.loyalty.bottom");
	}

	@Test
	void sentimentGroupsAreNamedAsSuch() {
		RoiByGroup roi = Roi.of(Grouping.SENTIMENT, customers());
		assertThat(roi.group(BOTTOM).name()).isEqualTo("negative customers");
		assertThat(roi.assumptions().get(0)).isEqualTo(Assumption.of("roi.assumption.spend",
				new GroupName(Grouping.SENTIMENT, BOTTOM), new GroupName(Grouping.SENTIMENT, MIDDLE), 5L));
		assertThat(roi.assumptions()).extracting(Assumption::key).contains("roi.assumption.counted.sentiment");
	}

	@Test
	void detractorsWhoSpendMoreGiveANegativeFigureThatSaysSo() {
		// 30 passives spending 50, none leaving; 30 detractors spending 60, none leaving: gap = 30 * (50 - 60) = -300
		List<CustomerOutcome> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(c(MIDDLE, 50, false, false));
			rows.add(c(BOTTOM, 60, false, false));
		}
		RoiByGroup roi = Roi.of(Grouping.LOYALTY, rows);
		assertThat(roi.revenueAtStake()).isCloseTo(-300, within(1e-9));
		assertThat(roi.churnLoss()).isZero();
		assertThat(roi.assumptions()).extracting(Assumption::key).contains("roi.assumption.negative")
			.doesNotContain("roi.assumption.few");
		assertThat(roi.group(TOP).n()).isZero();
	}

	@Test
	void withoutPassivesNothingIsCompared() {
		RoiByGroup roi = Roi.of(Grouping.LOYALTY, List.of(c(TOP, 10, true, false), c(BOTTOM, 5, false, true)));
		assertThat(roi.revenueAtStake()).isZero();
		assertThat(roi.assumptions()).containsExactly(
				Assumption.of("roi.assumption.none", new GroupName(Grouping.LOYALTY, MIDDLE)));
		assertThat(Roi.of(Grouping.LOYALTY, List.of()).groups()).allSatisfy(g -> assertThat(g.n()).isZero());
	}

	@Test
	void aggregatedGroupsGiveTheSameFigures() {
		// the SQL layer may hand over count, avg and stddev_samp per tier instead of rows
		RoiByGroup fromRows = Roi.of(Grouping.LOYALTY, customers());
		RoiByGroup fromGroups = Roi.fromGroups(Grouping.LOYALTY, List.of(
				RoiGroup.of(MIDDLE, "passives", MeanResult.of(4, 70, Math.sqrt(200.0 / 3)), 2, 1),
				RoiGroup.of(BOTTOM, "detractors", MeanResult.of(5, 40, Math.sqrt(200.0 / 4)), 1, 3)));
		assertThat(fromGroups.revenueAtStake()).isCloseTo(fromRows.revenueAtStake(), within(1e-9));
		assertThatThrownBy(() -> new RoiGroup(TOP, "promoters", 2, MeanResult.of(1, 2), Proportion.of(1, 2),
				Proportion.of(0, 2), 0.5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> c(TOP, Double.NaN, false, false)).isInstanceOf(IllegalArgumentException.class);
	}
}
