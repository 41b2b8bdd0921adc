package io.tajriba.metrics.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

	private static List<String> assumptions(Grouping grouping, RoiGroup middle, RoiGroup bottom, double atStake) {
		String mid = grouping.label(Tier.MIDDLE);
		String low = grouping.label(Tier.BOTTOM);
		if (middle.n() == 0 || bottom.n() == 0) {
			return List.of("There are no " + (middle.n() == 0 ? mid : low)
					+ " in this period, so there is nothing to compare and no revenue is shown at stake.");
		}
		List<String> sentences = new ArrayList<>(List.of(
				"The figure supposes that " + low + " would spend as much per customer as " + mid
						+ " do if their experience were as good, and counts the difference for each of the "
						+ bottom.n() + " " + low + ".",
				"It supposes that " + low + " would leave no more often than " + mid
						+ ", and counts each customer who left beyond that rate as one period's revenue of one of the "
						+ mid + ".",
				"It takes the differences between the groups as caused by their experience; part of them may come "
						+ "from who the customers are, so read it as an estimate of what is at stake, not a promise.",
				"Only customers with an answer in the period are counted, with the revenue they brought in it."));
		if (middle.n() < FEW || bottom.n() < FEW) {
			sentences.add("With fewer than " + FEW + " " + (middle.n() < FEW ? mid : low)
					+ " the figure is too uncertain to act on.");
		}
		if (atStake < 0) {
			sentences.add("Here the " + low + " bring more than the " + mid
					+ ", so the figure is negative: by this measure no revenue is at stake.");
		}
		return sentences;
	}
}
