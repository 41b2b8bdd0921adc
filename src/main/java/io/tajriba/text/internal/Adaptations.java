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
import io.tajriba.text.domain.SentimentAdaptation;
import io.tajriba.text.domain.TextLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Workspace adaptation of sentiment: trains per language from rated texts, keeps the better model, stores it. */
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

	@Transactional
	public List<Adaptation> adapt(UUID workspaceId, List<RatedText> texts) {
		var byLanguage = new EnumMap<TextLanguage, List<SentimentAdaptation.Labelled>>(TextLanguage.class);
		var languages = workspaces.languages(workspaceId);
		for (var rated : texts) {
			if (rated.nps() <= 6 || rated.nps() >= 9) {
				byLanguage.computeIfAbsent(engine.detect(rated.text(), languages), l -> new ArrayList<>())
					.add(new SentimentAdaptation.Labelled(rated.text(), rated.nps() >= 9));
			}
		}
		var outcomes = new ArrayList<Adaptation>();
		byLanguage.forEach((language, labelled) -> {
			var model = engine.model(language);
			if (model != null) {
				var result = SentimentAdaptation.adapt(model, labelled, workspaceId.getMostSignificantBits());
				outcomes.add(store(workspaceId, result));
			}
		});
		workspaces.forget(workspaceId);
		return outcomes;
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
