package io.tajriba.metrics.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tajriba.metrics.domain.Assumption.GroupName;

/** Computes the return-on-experience view from one row per customer, or from figures aggregated per tier. */
public final class Roi {

	/** Below this many customers in the bottom or the middle tier the figure is said to be too uncertain. */
	static final int FEW = 30;

	private Roi() {
	}

	public static RoiByGroup of(Grouping grouping, List<CustomerOutcome> customers) {
		Map<Tier, List<CustomerOutcome>> byTier = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			byTier.put(tier, new ArrayList<>());
		}
		customers.forEach(c -> byTier.get(c.tier()).add(c));
		List<RoiGroup> groups = new ArrayList<>();
		byTier.forEach((tier, rows) -> groups.add(RoiGroup.of(tier, grouping.label(tier),
				MeanResult.of(rows.stream().mapToDouble(CustomerOutcome::revenue).toArray()),
				rows.stream().filter(CustomerOutcome::repurchased).count(),
				rows.stream().filter(CustomerOutcome::churned).count())));
		return fromGroups(grouping, groups);
	}

	/** From one {@link RoiGroup} per tier; a missing tier counts as one without customers. */
	public static RoiByGroup fromGroups(Grouping grouping, List<RoiGroup> groups) {
		Map<Tier, RoiGroup> byTier = new EnumMap<>(Tier.class);
		groups.forEach(g -> byTier.put(g.tier(), g));
		for (Tier tier : Tier.values()) {
			byTier.computeIfAbsent(tier, t -> RoiGroup.of(t, grouping.label(t), MeanResult.of(), 0, 0));
		}
		RoiGroup middle = byTier.get(Tier.MIDDLE);
		RoiGroup bottom = byTier.get(Tier.BOTTOM);
		boolean comparable = middle.n() > 0 && bottom.n() > 0;
		double perMiddle = middle.revenuePerCustomer().mean();
		double gap = comparable ? bottom.n() * (perMiddle - bottom.revenuePerCustomer().mean()) : 0;
		double churnLoss = comparable ? (bottom.churn().value() - middle.churn().value()) * bottom.n() * perMiddle : 0;
		return new RoiByGroup(grouping, List.copyOf(byTier.values()), gap, churnLoss, gap + churnLoss,
				assumptions(grouping, middle, bottom, gap + churnLoss));
	}

	private static List<Assumption> assumptions(Grouping grouping, RoiGroup middle, RoiGroup bottom, double atStake) {
		GroupName mid = new GroupName(grouping, Tier.MIDDLE);
		GroupName low = new GroupName(grouping, Tier.BOTTOM);
		if (middle.n() == 0 || bottom.n() == 0) {
			return List.of(Assumption.of("roi.assumption.none", middle.n() == 0 ? mid : low));
		}
		List<Assumption> assumptions = new ArrayList<>(List.of(Assumption.of("roi.assumption.spend", low, mid, bottom.n()),
				Assumption.of("roi.assumption.churn", low, mid), Assumption.of("roi.assumption.cause"),
				Assumption.of("roi.assumption.counted." + grouping.name().toLowerCase())));
		if (middle.n() < FEW || bottom.n() < FEW) {
			assumptions.add(Assumption.of("roi.assumption.few", FEW, middle.n() < FEW ? mid : low));
		}
		if (atStake < 0) {
			assumptions.add(Assumption.of("roi.assumption.negative", low, mid));
		}
		return assumptions;
	}
}
