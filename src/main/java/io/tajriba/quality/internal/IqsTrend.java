package io.tajriba.quality.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.domain.QualityScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An agent's quality score (IQS) month by month, counted as {@link QualityScores} counts it over a period: the
 * mean score of their reviews picked at random by the weekly sample (kind {@code random}; targeted and hand-made
 * reviews are not a fair sample of the agent's work), × 100 with its t interval and n, in the month the reviewed
 * interaction happened (a case review: when it was made). Months are calendar months in the workspace's time zone;
 * a review counts with its current score (a resolved dispute may have rescored it), and a review with every
 * criterion N/A, which has no score, does not count.
 */
@Service
public class IqsTrend {

	/** One month: its reviews' mean score with interval and n (n 0 and no mean when the month had none). */
	public record Month(YearMonth month, QualityScore iqs) {
	}

	private final JdbcClient jdbc;

	IqsTrend(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code months} months up to and including {@code last}, oldest first. */
	public List<Month> of(UUID workspaceId, ZoneId zone, UUID agentId, YearMonth last, int months) {
		YearMonth first = last.minusMonths(months - 1L);
		Map<YearMonth, List<Double>> scores = new HashMap<>();
		jdbc.sql("""
				select extract(year from coalesce(about_at, created_at) at time zone :zone)::int as y,
				  extract(month from coalesce(about_at, created_at) at time zone :zone)::int as m, score
				from quality_reviews
				where workspace_id = :w and agent_id = :agent and kind = 'random' and score is not null
				  and coalesce(about_at, created_at) >= :from and coalesce(about_at, created_at) < :to""")
			.param("w", workspaceId).param("agent", agentId).param("zone", zone.getId())
			.param("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
			.param("to", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.query(rs -> {
				scores.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), m -> new ArrayList<>())
					.add(rs.getDouble("score"));
			});
		List<Month> trend = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			trend.add(new Month(month, QualityScore.of(scores.getOrDefault(month, List.of()))));
		}
		return List.copyOf(trend);
	}
}
