package io.tajriba.text.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.text.TextAnalysed;
import io.tajriba.text.TextSentiment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The analysed texts written in a period, oldest first: as the events that announced them (for back-tests), or their
 * sentiment and emotions (for journeys).
 */
@Repository
public class AnalysedTexts {

	private static final TypeReference<Map<String, Double>> EMOTIONS = new TypeReference<>() {
	};
	private static final int SENTIMENT_PAGE = 2_000;

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	AnalysedTexts(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	public void between(UUID workspaceId, Instant from, Instant to, int limit, Consumer<TextAnalysed> each) {
		// a stream holds its connection until closed
		try (var rows = jdbc.sql("""
				select source_kind, source_id, field, language, sentiment, score, emotions::text as emotions, themes,
				       customer_id, occurred_at, left(text, :excerpt) as excerpt
				from text_analyses where workspace_id = :w and occurred_at >= :from and occurred_at < :to
				order by occurred_at limit :limit""")
			.param("w", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("limit", limit).param("excerpt", TextAnalysed.EXCERPT)
			.query((rs, n) -> new TextAnalysed(workspaceId, rs.getString("source_kind"), rs.getString("source_id"),
					rs.getString("field"), rs.getString("language"), rs.getString("sentiment"), rs.getDouble("score"),
					mapper.readValue(rs.getString("emotions"), EMOTIONS),
					Arrays.asList((String[]) rs.getArray("themes").getArray()), rs.getObject("customer_id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					TextAnalysed.excerpt(rs.getString("excerpt"))))
			.stream()) {
			rows.forEach(each);
		}
	}

	/**
	 * The sentiment and emotions of the analysed texts of one kind of source ("interaction", "response") written in
	 * [from, to), oldest first, read a page at a time by keyset: what journeys count per stage.
	 */
	public void sentiments(UUID workspaceId, String sourceKind, Instant from, Instant to,
			Consumer<TextSentiment> each) {
		@org.jspecify.annotations.Nullable TextSentiment last = null;
		while (true) {
			var query = jdbc.sql("""
					select source_id, field, customer_id, occurred_at, sentiment,
					  array(select jsonb_object_keys(emotions)) as emotions
					from text_analyses where workspace_id = :w and source_kind = :kind and occurred_at < :to and %s
					order by occurred_at, source_id, field limit :size""".formatted(last == null ? "occurred_at >= :from"
					: "occurred_at >= :at and (occurred_at, source_id, field) > (:at, :id, :field)"))
				.param("w", workspaceId).param("kind", sourceKind).param("to", utc(to))
				.param("size", SENTIMENT_PAGE);
			query = last == null ? query.param("from", utc(from))
					: query.param("at", utc(last.occurredAt())).param("id", last.sourceId())
						.param("field", last.field());
			List<TextSentiment> page = query.query((rs, n) -> new TextSentiment(rs.getString("source_id"),
					rs.getString("field"), rs.getObject("customer_id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("sentiment"),
					new java.util.LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("emotions").getArray())))).list();
			page.forEach(each);
			if (page.size() < SENTIMENT_PAGE) {
				return;
			}
			last = page.getLast();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
