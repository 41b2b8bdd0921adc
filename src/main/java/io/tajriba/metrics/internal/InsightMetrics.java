package io.tajriba.metrics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.customers.Signal;
import io.tajriba.interactions.InteractionTotals;
import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.Purchasers;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.personas.Personas;
import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.InsightReports.Mean;
import io.tajriba.metrics.InsightReports.Rate;
import io.tajriba.metrics.domain.Average;
import io.tajriba.metrics.domain.Grouping;
import io.tajriba.metrics.domain.Kpis;
import io.tajriba.metrics.domain.MeanResult;
import io.tajriba.metrics.domain.Proportion;
import io.tajriba.metrics.domain.Roi;
import io.tajriba.metrics.domain.RoiByGroup;
import io.tajriba.metrics.domain.RoiGroup;
import io.tajriba.metrics.domain.Tier;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Workspace;
import org.springframework.stereotype.Service;

/** Return on experience, behavioural KPIs and the emotion mix. */
@Service
public class InsightMetrics {

	private final SurveyScores scores;
	private final Customers customers;
	private final Interactions interactions;
	private final TextAnalytics text;
	private final AssumptionWriter writer;
	private final Personas personas;

	InsightMetrics(SurveyScores scores, Customers customers, Interactions interactions, TextAnalytics text,
			Personas personas, AssumptionWriter writer) {
		this.personas = personas;
		this.text = text;
		this.writer = writer;
		this.scores = scores;
		this.customers = customers;
		this.interactions = interactions;
	}

	/**
	 * Revenue, repurchase and churn of promoters, passives and detractors (by their latest NPS answer), or of
	 * customers whose latest text was positive, neutral or negative; the assumptions written in {@code language}.
	 */
	public InsightReports.Roi roi(Workspace workspace, LocalDate to, Grouping grouping, Locale language) {
		Instant until = to.plusDays(1).atStartOfDay(workspace.timeZone()).toInstant();
		List<RoiGroup> groups = new ArrayList<>();
		long n = 0;
		for (Customers.GroupValues g : grouping == Grouping.SENTIMENT ? valuesBySentiment(workspace.id(), until)
				: valuesByTier(workspace.id(), until)) {
			Tier tier = Tier.values()[g.group()];
			groups.add(RoiGroup.of(tier, grouping.label(tier),
					MeanResult.of(g.customers(), g.revenueMean(), g.revenueDeviation()), g.repurchased(), g.churned()));
			n += g.customers();
		}
		RoiByGroup roi = Roi.fromGroups(grouping, groups);
		return new InsightReports.Roi(grouping.name().toLowerCase(), n, roi.groups().stream()
			.map(g -> new InsightReports.RoiGroup(g.tier().name().toLowerCase(), g.name(), g.n(),
					mean(g.revenuePerCustomer()), rate(g.repurchase()), rate(g.churn()), round(g.retention() * 100, 2)))
			.toList(), round(roi.revenueGap(), 2), round(roi.churnLoss(), 2), round(roi.revenueAtStake(), 2),
				roi.assumptions().stream().map(a -> writer.write(a, language)).toList());
	}

	/**
	 * The customers' values per loyalty tier of their latest NPS answer before {@code until}: from the latest answer
	 * kept on each customer when no answer came later (the usual case, up to today), else found among the answers.
	 */
	List<Customers.GroupValues> valuesByTier(UUID workspaceId, Instant until) {
		if (!scores.answeredSince(workspaceId, "nps", until)) {
			int[] tierOf = new int[11];
			for (int score = 0; score <= 10; score++) {
				tierOf[score] = tier(score).ordinal();
			}
			return customers.valuesByLatest(workspaceId, Signal.NPS, tierOf);
		}
		Map<UUID, Integer> latest = scores.latestByCustomer(workspaceId, "nps", until);
		Map<UUID, Integer> tiers = new java.util.HashMap<>(latest.size() * 2);
		latest.forEach((customer, nps) -> tiers.put(customer, tier(nps).ordinal()));
		return customers.valuesByGroup(workspaceId, tiers);
	}

	/** As {@link #valuesByTier}, by the sentiment of each customer's latest text: positive, neutral, negative. */
	List<Customers.GroupValues> valuesBySentiment(UUID workspaceId, Instant until) {
		int[] tierOf = { Tier.BOTTOM.ordinal(), Tier.MIDDLE.ordinal(), Tier.TOP.ordinal() };
		if (!text.writtenSince(workspaceId, until)) {
			return customers.valuesByLatest(workspaceId, Signal.SENTIMENT, tierOf);
		}
		Map<UUID, Integer> tiers = new java.util.HashMap<>();
		text.latestSentiment(workspaceId, until).forEach((customer, polarity) -> tiers.put(customer,
				tierOf[polarity + 1]));
		return customers.valuesByGroup(workspaceId, tiers);
	}

	private static Tier tier(int nps) {
		return nps >= 9 ? Tier.TOP : nps >= 7 ? Tier.MIDDLE : Tier.BOTTOM;
	}

	/**
	 * The behaviour of a period. Repeat purchase and churn are the period's and follow the filters: the buyers of
	 * the period (in the channel and at the touchpoint when chosen) who bought twice in it, and the customers the
	 * period began with who were lost in it; both of the persona's customers when one is chosen.
	 */
	public InsightReports.Kpis kpis(Workspace workspace, MetricRequest request) {
		LocalDate from = request.from();
		LocalDate to = request.to();
		ZoneId zone = workspace.timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Set<UUID> only = request.persona() == null ? null : personas.members(workspace.id(), request.persona());
		Customers.PeriodChurn churn;
		InteractionTotals t;
		Purchasers buyers;
		// the churn reads every customer: it is read on a connection of its own while the interactions are summed
		try (var reads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			var churning = reads.submit(() -> customers.churn(workspace.id(), start, end, only));
			t = interactions.totals(workspace.id(), start, end);
			buyers = interactions.purchasers(workspace.id(), start, end, request.filter().channel(),
					request.filter().touchpoint(), only);
			churn = SideReads.join(churning, "the churn");
		}
		double revenue = t.of("purchase").value().subtract(t.of("refund").value()).doubleValue();
		Average time = Kpis.averageTimeOnSite(t.of("visit").seconds() + t.of("app_session").seconds(),
				t.of("visit").timed() + t.of("app_session").timed());
		Average order = Kpis.averageOrderValue(t.of("purchase").value().doubleValue(), t.of("purchase").count());
		// a web visit or an app session starts a session: bounces and conversions are counted against them
		long sessions = t.of("visit").count() + t.of("app_session").count();
		return new InsightReports.Kpis(from, to, sessions + t.of("store_visit").count(),
				rate(Kpis.bounceRate(sessions, Math.min(sessions, t.of("bounce").count()))),
				rate(Kpis.conversionRate(sessions, Math.min(sessions, t.of("conversion").count()))),
				new Mean(time.n(), round(time.value(), 1), null), t.of("share").count(), t.of("purchase").count(),
				round(revenue, 2), new Mean(order.n(), round(order.value(), 2), null),
				rate(Kpis.repeatPurchaseRate(buyers.buyers(), buyers.repeatBuyers())),
				rate(Kpis.churnRate(churn.atStart(), churn.churned())), responseRate(workspace.id(), start, end));
	}

	private Rate responseRate(UUID workspaceId, Instant start, Instant end) {
		long[] invitations = scores.invitations(workspaceId, start, end);
		return rate(Kpis.responseRate(invitations[0], invitations[1]));
	}

	public InsightReports.Emotions emotions(Workspace workspace, LocalDate from, LocalDate to) {
		ZoneId zone = workspace.timeZone();
		ScoreFilter filter = ScoreFilter.all().between(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		long n = scores.emotionResponses(workspace.id(), filter, zone);
		Map<String, Long> counts = new java.util.TreeMap<>();
		scores.emotions(workspace.id(), filter, null, zone).forEach(e -> counts.merge(e.emotion(), e.count(), Long::sum));
		return new InsightReports.Emotions(from, to, n, counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(e -> new InsightReports.EmotionShare(e.getKey(), rate(Proportion.of(Math.min(e.getValue(), n), n))))
			.toList());
	}

	static Rate rate(Proportion p) {
		return new Rate(p.n(), p.successes(), round(p.percent(), 2),
				new double[] { round(p.ciLow() * 100, 2), round(p.ciHigh() * 100, 2) });
	}

	static Mean mean(MeanResult m) {
		return new Mean(m.n(), round(m.mean(), 2), new double[] { round(m.ciLow(), 2), round(m.ciHigh(), 2) });
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}
}
