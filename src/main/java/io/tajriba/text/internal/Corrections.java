package io.tajriba.text.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.TextAnalysed;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.domain.Correction;
import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Analysts' corrections. A correction is written onto the analysis row itself, so that every reader counts the
 * corrected labels at once, and the model's reading is kept beside it. It is announced as the text's analysis
 * ({@link TextAnalysed}) and the customer's latest sentiment is found again, as after any analysis. When the text
 * is analysed again (a new model) the correction stays and the model's reading is renewed; another text in its
 * place drops it.
 */
@Component
public class Corrections {

	private static final TypeReference<Map<String, Double>> EMOTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final TextResults results;
	private final WorkspaceText workspaces;
	private final ApplicationEventPublisher events;
	private final Customers customers;
	private final Clock clock;

	Corrections(JdbcClient jdbc, ObjectMapper json, TextResults results, WorkspaceText workspaces,
			ApplicationEventPublisher events, Customers customers, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.results = results;
		this.workspaces = workspaces;
		this.events = events;
		this.customers = customers;
		this.clock = clock;
	}

	/** A correction as sent: emotions or themes null to keep them as they are. */
	public record Draft(@Nullable String sentiment, @Nullable List<?> emotions, @Nullable List<?> themes) {
	}

	/** The analysed text with the correction applied, or 404 for an id not of the caller's workspace. */
	@Transactional
	public TextResults.Stored correct(Access access, UUID id, Draft draft) {
		var stored = results.find(access.workspaceId(), id).orElseThrow(() -> new NotFoundException("Analysed text"));
		var taxonomy = workspaces.taxonomy(access.workspaceId()).stream().map(t -> t.key()).toList();
		var correction = Correction.of(draft.sentiment(), draft.emotions(), draft.themes(), taxonomy, stored.analysis());
		var model = modelReading(access.workspaceId(), stored).orElse(stored.analysis());
		var corrected = correction.apply(model);
		jdbc.sql("""
				insert into text_corrections (workspace_id, source_kind, source_id, field, text_digest, sentiment,
				  emotions, themes, model_sentiment, model_score, model_confidence, model_emotions, model_themes,
				  model_version, corrected_by, corrected_by_name, corrected_at)
				select workspace_id, source_kind, source_id, field, md5(text), ?, string_to_array(?, chr(31)),
				  string_to_array(?, chr(31)), sentiment, score, confidence, emotions, themes, model_version, ?, ?, ?
				from text_analyses where workspace_id = ? and id = ?
				on conflict (workspace_id, source_kind, source_id, field) do update set sentiment = excluded.sentiment,
				  emotions = excluded.emotions, themes = excluded.themes, corrected_by = excluded.corrected_by,
				  corrected_by_name = excluded.corrected_by_name, corrected_at = excluded.corrected_at""")
			.params(correction.sentiment().code(), joined(correction.emotionCodes()), joined(correction.themes()),
					access.userId(), access.actor(), Timestamp.from(clock.instant()), access.workspaceId(), id)
			.update();
		write(access.workspaceId(), stored, corrected);
		return stored.with(corrected, true);
	}

	/** Takes a correction back: the model's reading counts again. Nothing to take back is no fault. */
	@Transactional
	public TextResults.Stored remove(UUID workspaceId, UUID id) {
		var stored = results.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Analysed text"));
		var model = modelReading(workspaceId, stored);
		if (model.isEmpty()) {
			return stored;
		}
		jdbc.sql("delete from text_corrections where workspace_id = ? and source_kind = ? and source_id = ? and field = ?")
			.params(workspaceId, stored.sourceKind(), stored.sourceId(), stored.field()).update();
		write(workspaceId, stored, model.get());
		return stored.with(model.get(), false);
	}

	/** Whether the workspace has any correction, so that analysing its texts may skip looking for them. */
	boolean any(UUID workspaceId) {
		return jdbc.sql("select exists (select 1 from text_corrections where workspace_id = ?)").param(workspaceId)
			.query(Boolean.class).single();
	}

	/**
	 * A text analysed (again): the reading to store. A correction of the same text stays, the model's new reading
	 * kept beside it; a correction of another text at the same place is dropped.
	 */
	TextAnalysis reapply(TextQueue.Item item, TextAnalysis model, String version) {
		var kept = jdbc.sql("""
				with gone as (
				  delete from text_corrections where workspace_id = :w and source_kind = :kind and source_id = :source
				    and field = :field and text_digest <> md5(:text)),
				kept as (
				  update text_corrections set model_sentiment = :sentiment, model_score = :score,
				    model_confidence = :confidence, model_emotions = cast(:emotions as jsonb),
				    model_themes = string_to_array(:themes, chr(31)), model_version = :version
				  where workspace_id = :w and source_kind = :kind and source_id = :source and field = :field
				    and text_digest = md5(:text)
				  returning sentiment, emotions, themes)
				select * from kept""")
			.param("w", item.workspaceId()).param("kind", item.sourceKind()).param("source", item.sourceId())
			.param("field", item.field()).param("text", item.text()).param("sentiment", model.sentiment())
			.param("score", model.score()).param("confidence", model.confidence())
			.param("emotions", json.writeValueAsString(model.emotions())).param("themes", joined(model.themes()))
			.param("version", version)
			.query((rs, n) -> correction(rs.getString(1), strings(rs.getArray(2)), strings(rs.getArray(3))))
			.optional();
		return kept.map(c -> c.apply(model)).orElse(model);
	}

	private Optional<TextAnalysis> modelReading(UUID workspaceId, TextResults.Stored stored) {
		return jdbc.sql("""
				select model_sentiment, model_score, model_confidence, model_emotions::text, model_themes
				from text_corrections where workspace_id = ? and source_kind = ? and source_id = ? and field = ?""")
			.params(workspaceId, stored.sourceKind(), stored.sourceId(), stored.field())
			.query((rs, n) -> new TextAnalysis(stored.analysis().language(), rs.getString(1), rs.getDouble(2),
					rs.getDouble(3), json.readValue(rs.getString(4), EMOTIONS), strings(rs.getArray(5)),
					stored.analysis().keyPhrases()))
			.optional();
	}

	/** The reading onto the analysis row, announced, and the customer's latest sentiment found again. */
	private void write(UUID workspaceId, TextResults.Stored stored, TextAnalysis reading) {
		var customer = jdbc.sql("""
				update text_analyses set sentiment = ?, score = ?, confidence = ?, emotions = cast(? as jsonb),
				  themes = string_to_array(?, chr(31)) where workspace_id = ? and id = ? returning customer_id""")
			.params(reading.sentiment(), reading.score(), reading.confidence(),
					json.writeValueAsString(reading.emotions()), joined(reading.themes()), workspaceId, stored.id())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single();
		events.publishEvent(new TextAnalysed(workspaceId, stored.sourceKind(), stored.sourceId(), stored.field(),
				reading.language(), reading.sentiment(), reading.score(), reading.emotions(), reading.themes(),
				customer.orElse(null), stored.occurredAt(), TextAnalysed.excerpt(stored.text())));
		customer.ifPresent(c -> customers.recordSentiment(workspaceId, results.latestSentiment(workspaceId, Set.of(c))));
	}

	private static Correction correction(String sentiment, List<String> emotions, List<String> themes) {
		var set = EnumSet.noneOf(Emotion.class);
		emotions.forEach(code -> Emotion.of(code).ifPresent(set::add));
		return new Correction(Sentiment.of(sentiment).orElseThrow(), set, themes);
	}

	private static String joined(List<String> values) {
		return String.join("\u001F", values);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
