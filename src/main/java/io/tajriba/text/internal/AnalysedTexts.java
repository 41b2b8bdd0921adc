package io.tajriba.text.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.text.TextAnalysed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The analysed texts written in a period, oldest first, as the events that announced them: for back-tests. */
@Repository
public class AnalysedTexts {

	private static final TypeReference<Map<String, Double>> EMOTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	AnalysedTexts(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	public void between(UUID workspaceId, Instant from, Instant to, int limit, Consumer<TextAnalysed> each) {
		jdbc.sql("""
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
			.stream().forEach(each);
	}
}
