package io.tajriba.text.internal;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import io.tajriba.text.Adaptation;
import io.tajriba.text.RatedText;
import io.tajriba.text.domain.HeldOutCorrections;
import io.tajriba.text.domain.SentimentAdaptation;
import io.tajriba.text.domain.TextLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspace adaptation of sentiment: trains per language from rated texts and analysts' corrections, keeps the
 * better model, stores it. The held-out corrected texts ({@link HeldOutCorrections}) are always held out.
 */
@Component
public class Adaptations {

	private final JdbcClient jdbc;
	private final TextEngine engine;
	private final WorkspaceText workspaces;
	private final Clock clock;

	Adaptations(JdbcClient jdbc, TextEngine engine, WorkspaceText workspaces, Clock clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/**
	 * Adapts to these NPS-rated texts (kept for adapting again) and to the workspace's corrections. A corrected
	 * label wins over the one a rating gives the same text.
	 */
	@Transactional
	public List<Adaptation> adapt(UUID workspaceId, List<RatedText> texts) {
		keepRated(workspaceId, texts);
		return train(workspaceId, texts);
	}

	/** Adapts again, to the rated texts of the last adaptation and the corrections made until now. */
	@Transactional
	public List<Adaptation> again(UUID workspaceId) {
		return train(workspaceId, rated(workspaceId));
	}

	private List<Adaptation> train(UUID workspaceId, List<RatedText> texts) {
		var corrected = corrected(workspaceId);
		var correctedTexts = new java.util.HashSet<String>();
		corrected.forEach(c -> correctedTexts.add(c.text().strip()));
		var byLanguage = new EnumMap<TextLanguage, List<SentimentAdaptation.Labelled>>(TextLanguage.class);
		var languages = workspaces.languages(workspaceId);
		for (var rated : texts) {
			if ((rated.nps() <= 6 || rated.nps() >= 9) && !correctedTexts.contains(rated.text().strip())) {
				byLanguage.computeIfAbsent(engine.detect(rated.text(), languages), l -> new ArrayList<>())
					.add(new SentimentAdaptation.Labelled(rated.text(), rated.nps() >= 9));
			}
		}
		var fromCorrections = new EnumMap<TextLanguage, List<List<SentimentAdaptation.Labelled>>>(TextLanguage.class);
		for (var c : corrected) {
			var parts = fromCorrections.computeIfAbsent(c.language(), l -> List.of(new ArrayList<>(), new ArrayList<>()));
			parts.get(HeldOutCorrections.heldOut(c.id()) ? 0 : 1).add(new SentimentAdaptation.Labelled(c.text(), c.positive()));
			byLanguage.computeIfAbsent(c.language(), l -> new ArrayList<>());
		}
		var outcomes = new ArrayList<Adaptation>();
		long seed = workspaceId.getMostSignificantBits();
		byLanguage.forEach((language, labelled) -> {
			var model = engine.model(language);
			if (model == null) {
				return;
			}
			var corrections = fromCorrections.get(language);
			if (corrections == null) {
				outcomes.add(store(workspaceId, SentimentAdaptation.adapt(model, labelled, seed)));
				return;
			}
			var parts = SentimentAdaptation.split(labelled, seed);
			var heldOut = new ArrayList<>(parts.get(0));
			heldOut.addAll(corrections.get(0));
			var training = new ArrayList<>(parts.get(1));
			training.addAll(corrections.get(1));
			outcomes.add(store(workspaceId, SentimentAdaptation.adapt(model, training, heldOut)));
		});
		workspaces.forget(workspaceId);
		return outcomes;
	}

	/** A corrected text that says positive or negative (neutral ones teach a positive-or-negative model nothing). */
	private record Corrected(UUID id, TextLanguage language, String text, boolean positive) {
	}

	private List<Corrected> corrected(UUID workspaceId) {
		return jdbc.sql("""
				select a.id, a.language, a.text, c.sentiment = 'positive'
				from text_corrections c join text_analyses a using (workspace_id, source_kind, source_id, field)
				where c.workspace_id = ? and c.sentiment <> 'neutral'""")
			.param(workspaceId)
			.query((rs, n) -> new Corrected(rs.getObject(1, UUID.class),
					TextLanguage.of(rs.getString(2)).orElse(TextLanguage.EN), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	private void keepRated(UUID workspaceId, List<RatedText> texts) {
		jdbc.sql("delete from text_rated where workspace_id = ?").param(workspaceId).update();
		jdbc.sql("""
				insert into text_rated (workspace_id, position, text, nps)
				select ?, u.i - 1, u.t, u.n from unnest(cast(? as text[]), cast(? as int[])) with ordinality as u(t, n, i)""")
			.params(workspaceId, texts.stream().map(RatedText::text).toArray(String[]::new),
					texts.stream().map(RatedText::nps).toArray(Integer[]::new))
			.update();
	}

	private List<RatedText> rated(UUID workspaceId) {
		return jdbc.sql("select text, nps from text_rated where workspace_id = ? order by position")
			.param(workspaceId).query((rs, n) -> new RatedText(rs.getString(1), rs.getInt(2))).list();
	}

	private Adaptation store(UUID workspaceId, SentimentAdaptation.Result result) {
		var now = clock.instant();
		var model = result.model();
		jdbc.sql("""
				insert into text_adaptations (workspace_id, language, model_version, train_texts, held_out_texts,
				  accuracy_before, accuracy_after, buckets, weights, prior_weight, bias, trained_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (workspace_id, language) do update set model_version = excluded.model_version,
				  train_texts = excluded.train_texts, held_out_texts = excluded.held_out_texts,
				  accuracy_before = excluded.accuracy_before, accuracy_after = excluded.accuracy_after,
				  buckets = excluded.buckets, weights = excluded.weights, prior_weight = excluded.prior_weight,
				  bias = excluded.bias, trained_at = excluded.trained_at""")
			.params(workspaceId, result.language().code(), engine.version(), result.trainTexts(), result.heldOutTexts(),
					result.accuracyBefore(), result.accuracyAfter(), model == null ? null : ints(model.buckets()),
					model == null ? null : floats(model.weights()), model == null ? null : model.priorWeight(),
					model == null ? null : model.bias(), Timestamp.from(now))
			.update();
		return new Adaptation(result.language().code(), result.trainTexts(), result.heldOutTexts(),
				result.accuracyBefore(), result.accuracyAfter(), result.kept(), now);
	}

	public List<Adaptation> list(UUID workspaceId) {
		return jdbc.sql("""
				select language, train_texts, held_out_texts, accuracy_before, accuracy_after, buckets is not null,
				  trained_at from text_adaptations where workspace_id = ? and model_version = ? order by language""")
			.params(workspaceId, engine.version())
			.query((rs, n) -> new Adaptation(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4),
					rs.getDouble(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	private static byte[] ints(int[] values) {
		var buffer = ByteBuffer.allocate(values.length * 4);
		buffer.asIntBuffer().put(values);
		return buffer.array();
	}

	static int[] ints(byte[] bytes) {
		var values = new int[bytes.length / 4];
		ByteBuffer.wrap(bytes).asIntBuffer().get(values);
		return values;
	}

	private static byte[] floats(float[] values) {
		var buffer = ByteBuffer.allocate(values.length * 4);
		buffer.asFloatBuffer().put(values);
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		var values = new float[bytes.length / 4];
		ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
		return values;
	}
}
