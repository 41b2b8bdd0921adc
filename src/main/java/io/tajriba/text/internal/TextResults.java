package io.tajriba.text.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.SentimentMark;
import io.tajriba.text.TextAnalysis;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The stored analyses, one per workspace, source and field. */
@Component
public class TextResults {

	private static final String COLUMNS = "source_kind, source_id, field, text, language, sentiment, score, confidence, "
			+ "emotions::text, themes, key_phrases, occurred_at, id, exists (select 1 from text_corrections c "
			+ "where c.workspace_id = text_analyses.workspace_id and c.source_kind = text_analyses.source_kind "
			+ "and c.source_id = text_analyses.source_id and c.field = text_analyses.field) as corrected";

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	TextResults(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A stored analysis with its id, where its text came from, and whether an analyst corrected it (the analysis is
	 * then the corrected reading).
	 */
	public record Stored(UUID id, String sourceKind, String sourceId, String field, String text, TextAnalysis analysis,
			Instant occurredAt, boolean corrected) {

		Stored with(TextAnalysis reading, boolean isCorrected) {
			return new Stored(id, sourceKind, sourceId, field, text, reading, occurredAt, isCorrected);
		}
	}

	void save(TextQueue.Item item, TextAnalysis analysis, String version, Instant now) {
		jdbc.sql("""
				insert into text_analyses (workspace_id, source_kind, source_id, field, text, language, sentiment, score,
				  confidence, emotions, themes, key_phrases, model_version, occurred_at, analysed_at, customer_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), string_to_array(?, chr(31)),
				  string_to_array(?, chr(31)), ?, ?, ?, ?)
				on conflict (workspace_id, source_kind, source_id, field) do update set text = excluded.text,
				  language = excluded.language, sentiment = excluded.sentiment, score = excluded.score,
				  confidence = excluded.confidence, emotions = excluded.emotions, themes = excluded.themes,
				  key_phrases = excluded.key_phrases, model_version = excluded.model_version,
				  occurred_at = excluded.occurred_at, analysed_at = excluded.analysed_at, customer_id = excluded.customer_id""")
			.params(item.workspaceId(), item.sourceKind(), item.sourceId(), item.field(), item.text(),
					analysis.language(), analysis.sentiment(), analysis.score(), analysis.confidence(),
					json.writeValueAsString(analysis.emotions()), joined(analysis.themes()),
					joined(analysis.keyPhrases()), version, Timestamp.from(item.occurredAt()), Timestamp.from(now),
					item.customerId())
			.update();
	}

	private static final String LATEST = """
			select distinct on (customer_id) customer_id, occurred_at,
			  case sentiment when 'positive' then 1 when 'negative' then -1 else 0 end as polarity
			from text_analyses where workspace_id = :workspace and customer_id is not null and %s
			order by customer_id, occurred_at desc, score""";

	/** The sentiment of each of these customers' latest text (of texts written at once, the most negative). */
	List<SentimentMark> latestSentiment(UUID workspaceId, Set<UUID> customers) {
		return jdbc.sql(LATEST.formatted("customer_id = any(:customers)")).param("workspace", workspaceId)
			.param("customers", customers.toArray(UUID[]::new))
			.query((rs, n) -> new SentimentMark(rs.getObject("customer_id", UUID.class), rs.getInt("polarity"),
					rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	public Map<UUID, Integer> latestSentiment(UUID workspaceId, Instant until) {
		Map<UUID, Integer> latest = new HashMap<>();
		jdbc.sql(LATEST.formatted("occurred_at < :until")).param("workspace", workspaceId)
			.param("until", Timestamp.from(until))
			.query((ResultSet rs) -> {
				latest.put(rs.getObject("customer_id", UUID.class), rs.getInt("polarity"));
			});
		return latest;
	}

	public boolean writtenSince(UUID workspaceId, Instant since) {
		return jdbc.sql("""
				select exists (select 1 from text_analyses
				  where workspace_id = ? and customer_id is not null and occurred_at >= ?)""")
			.params(workspaceId, Timestamp.from(since)).query(Boolean.class).single();
	}

	/** Joined by the unit separator, which no theme or phrase holds (string_to_array gives {} for ''). */
	private static String joined(List<String> values) {
		return String.join("\u001F", values);
	}

	public Optional<TextAnalysis> find(UUID workspaceId, String sourceKind, String sourceId, String field) {
		return jdbc.sql("select " + COLUMNS + " from text_analyses where workspace_id = ? and source_kind = ? "
				+ "and source_id = ? and field = ?")
			.params(workspaceId, sourceKind, sourceId, field)
			.query(this::stored).optional().map(Stored::analysis);
	}

	public Map<String, Map<String, TextAnalysis>> find(UUID workspaceId, String sourceKind, Collection<String> ids) {
		var found = new LinkedHashMap<String, Map<String, TextAnalysis>>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + COLUMNS + " from text_analyses where workspace_id = ? and source_kind = ? "
				+ "and source_id = any(string_to_array(?, chr(31)))")
			.params(workspaceId, sourceKind, String.join("\u001F", ids))
			.query(this::stored).list()
			.forEach(s -> found.computeIfAbsent(s.sourceId(), k -> new LinkedHashMap<>()).put(s.field(), s.analysis()));
		return found;
	}

	/** The themes found in the texts of these sources, all fields together; sources without any are left out. */
	public Map<String, Set<String>> themes(UUID workspaceId, String sourceKind, Collection<String> ids) {
		Map<String, Set<String>> themes = new HashMap<>();
		if (ids.isEmpty()) {
			return themes;
		}
		jdbc.sql("select source_id, unnest(themes) as theme from text_analyses where workspace_id = ? and source_kind = ? "
				+ "and source_id = any(string_to_array(?, chr(31))) and cardinality(themes) > 0")
			.params(workspaceId, sourceKind, String.join("\u001F", ids))
			.query((ResultSet rs) -> {
				themes.computeIfAbsent(rs.getString("source_id"), k -> new java.util.TreeSet<>()).add(rs.getString("theme"));
			});
		return themes;
	}

	/** The newest analysed texts, optionally only of one sentiment, emotion, theme or language. */
	public List<Stored> recent(UUID workspaceId, Filter filter, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from text_analyses where workspace_id = :workspace
				  and (cast(:sentiment as text) is null or sentiment = :sentiment)
				  and (cast(:emotion as text) is null or emotions -> cast(:emotion as text) is not null)
				  and (cast(:theme as text) is null or themes @> array[cast(:theme as text)])
				  and (cast(:language as text) is null or language = :language)
				order by occurred_at desc limit :limit""")
			.param("workspace", workspaceId).param("sentiment", filter.sentiment()).param("emotion", filter.emotion())
			.param("theme", filter.theme()).param("language", filter.language()).param("limit", limit)
			.query(this::stored).list();
	}

	/** One analysed text by its id. */
	public Optional<Stored> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from text_analyses where workspace_id = ? and id = ?")
			.params(workspaceId, id).query(this::stored).optional();
	}

	/** The newest analysed texts of one language that no analyst has corrected, at most {@code limit}. */
	List<Stored> uncorrected(UUID workspaceId, String language, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from text_analyses where workspace_id = ? and language = ? and not exists (
				  select 1 from text_corrections c where c.workspace_id = text_analyses.workspace_id
				    and c.source_kind = text_analyses.source_kind and c.source_id = text_analyses.source_id
				    and c.field = text_analyses.field)
				order by occurred_at desc limit ?""")
			.params(workspaceId, language, limit).query(this::stored).list();
	}

	/** How many of the texts a filter lets through are negative, neutral and positive (absent when none). */
	public Map<String, Long> sentiments(UUID workspaceId, Filter filter) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select sentiment, count(*) from text_analyses where workspace_id = :workspace
				  and (cast(:sentiment as text) is null or sentiment = :sentiment)
				  and (cast(:emotion as text) is null or emotions -> cast(:emotion as text) is not null)
				  and (cast(:theme as text) is null or themes @> array[cast(:theme as text)])
				  and (cast(:language as text) is null or language = :language)
				group by sentiment""")
			.param("workspace", workspaceId).param("sentiment", filter.sentiment()).param("emotion", filter.emotion())
			.param("theme", filter.theme()).param("language", filter.language())
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** Texts analysed, and those of them analysed by another model than {@code version}. */
	public record Counts(long analysed, long outdated) {
	}

	public Counts counts(UUID workspaceId, String version) {
		return jdbc.sql("""
				select count(*), count(*) filter (where model_version <> ?) from text_analyses where workspace_id = ?""")
			.params(version, workspaceId)
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
	}

	/** What to show of the analysed texts; null means any. */
	public record Filter(@Nullable String sentiment, @Nullable String emotion, @Nullable String theme,
			@Nullable String language) {
	}

	private Stored stored(ResultSet rs, int n) throws SQLException {
		Map<String, Double> emotions = json.readValue(rs.getString(9), new TypeReference<>() {
		});
		var analysis = new TextAnalysis(rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8), emotions,
				strings(rs.getArray(10)), strings(rs.getArray(11)));
		return new Stored(rs.getObject(13, UUID.class), rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), analysis, rs.getTimestamp(12).toInstant(), rs.getBoolean(14));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
