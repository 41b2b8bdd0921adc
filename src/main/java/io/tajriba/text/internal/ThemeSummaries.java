package io.tajriba.text.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.text.domain.ThemeSuggester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The themes view: per theme the number of texts, their sentiment, the weekly trend and example quotes (the
 * clearest ones, positive and negative); and suggestions for new themes from the recent texts no theme covers.
 */
@Component
public class ThemeSummaries {

	private final JdbcClient jdbc;
	private final WorkspaceText workspaces;

	ThemeSummaries(JdbcClient jdbc, WorkspaceText workspaces) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
	}

	public record Week(LocalDate week, int texts, double score) {
	}

	public record Quote(String text, String sentiment, double score) {
	}

	public record Summary(String theme, int texts, int positive, int neutral, int negative, double score,
			List<Week> trend, List<Quote> quotes) {
	}

	public List<Summary> summaries(UUID workspaceId, Instant from, Instant to) {
		var trends = trends(workspaceId, from, to);
		var quotes = quotes(workspaceId, from, to);
		return jdbc.sql("""
				select t.theme, count(*), count(*) filter (where sentiment = 'positive'),
				  count(*) filter (where sentiment = 'neutral'), count(*) filter (where sentiment = 'negative'),
				  avg(score)
				from text_analyses a cross join unnest(a.themes) t(theme)
				where workspace_id = ? and occurred_at >= ? and occurred_at < ?
				group by t.theme order by count(*) desc, t.theme""")
			.params(workspaceId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new Summary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					Math.round(rs.getDouble(6) * 1000) / 1000.0, trends.getOrDefault(rs.getString(1), List.of()),
					quotes.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	private Map<String, List<Week>> trends(UUID workspaceId, Instant from, Instant to) {
		var trends = new LinkedHashMap<String, List<Week>>();
		jdbc.sql("""
				select t.theme, date_trunc('week', occurred_at at time zone 'UTC')::date, count(*), avg(score)
				from text_analyses a cross join unnest(a.themes) t(theme)
				where workspace_id = ? and occurred_at >= ? and occurred_at < ?
				group by 1, 2 order by 1, 2""")
			.params(workspaceId, Timestamp.from(from), Timestamp.from(to))
			.query(rs -> {
				trends.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Week(rs.getObject(2, LocalDate.class), rs.getInt(3), Math.round(rs.getDouble(4) * 1000) / 1000.0));
			});
		return trends;
	}

	private Map<String, List<Quote>> quotes(UUID workspaceId, Instant from, Instant to) {
		var quotes = new LinkedHashMap<String, List<Quote>>();
		jdbc.sql("""
				select theme, text, sentiment, score from (
				  select t.theme, a.text, a.sentiment, a.score, row_number() over (partition by t.theme, a.sentiment
				    order by abs(a.score) desc, a.occurred_at desc) as n
				  from text_analyses a cross join unnest(a.themes) t(theme)
				  where workspace_id = ? and occurred_at >= ? and occurred_at < ? and a.sentiment <> 'neutral') q
				where n <= 2 order by theme, score""")
			.params(workspaceId, Timestamp.from(from), Timestamp.from(to))
			.query(rs -> {
				quotes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Quote(rs.getString(2), rs.getString(3), rs.getDouble(4)));
			});
		return quotes;
	}

	/** New themes suggested from the workspace's latest 2,000 texts per language. */
	public List<ThemeSuggester.Suggestion> suggestions(UUID workspaceId) {
		var suggester = new ThemeSuggester(5, 10);
		var suggestions = new ArrayList<ThemeSuggester.Suggestion>();
		for (var language : workspaces.languages(workspaceId)) {
			var texts = jdbc.sql("""
					select text from text_analyses where workspace_id = ? and language = ?
					order by occurred_at desc limit 2000""")
				.params(workspaceId, language.code()).query(String.class).list();
			suggestions.addAll(suggester.suggest(texts, language, workspaces.themes(workspaceId)));
		}
		suggestions.sort((a, b) -> Integer.compare(b.texts(), a.texts()));
		return suggestions;
	}
}
