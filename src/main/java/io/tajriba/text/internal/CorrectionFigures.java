package io.tajriba.text.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.tajriba.text.domain.Accuracy;
import io.tajriba.text.domain.AdaptedSentiment;
import io.tajriba.text.domain.HeldOutCorrections;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Uncertainty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the corrections tell: the texts to check next (those the model is least sure of), and how often the
 * reading agreed with the analysts, per language, with the adapted model scored on the corrected texts it never
 * learnt from.
 */
@Component
public class CorrectionFigures {

	/** The newest uncorrected texts of a language among which the least sure are picked. */
	static final int CANDIDATES = 5_000;
	/** The held-out corrected texts of a language analysed again to score the adapted model. */
	static final int SCORED = 1_000;

	private final JdbcClient jdbc;
	private final TextResults results;
	private final TextEngine engine;
	private final WorkspaceText workspaces;

	CorrectionFigures(JdbcClient jdbc, TextResults results, TextEngine engine, WorkspaceText workspaces) {
		this.jdbc = jdbc;
		this.results = results;
		this.engine = engine;
		this.workspaces = workspaces;
	}

	/**
	 * One language's figures: how often the stored reading (the model's, before the analyst's) had the analyst's
	 * sentiment; and, when the workspace keeps an adapted model, how often it and the shipped one have it on the
	 * held-out corrected texts (null otherwise).
	 */
	public record LanguageAccuracy(String language, Accuracy reading, @Nullable Accuracy adapted,
			@Nullable Accuracy shipped) {
	}

	/** All languages together, and each one with corrected texts. */
	public record Report(Accuracy reading, List<LanguageAccuracy> languages) {
	}

	/** The uncorrected texts of a language the model is least sure of, at most {@code limit}. */
	public List<TextResults.Stored> toCheck(UUID workspaceId, TextLanguage language, int limit) {
		return Uncertainty.leastSure(results.uncorrected(workspaceId, language.code(), CANDIDATES),
				s -> new Uncertainty.Reading(Sentiment.of(s.analysis().sentiment()).orElse(Sentiment.NEUTRAL),
						s.analysis().confidence(), s.analysis().score()),
				limit);
	}

	public Report accuracy(UUID workspaceId) {
		Map<String, long[]> counts = new TreeMap<>();
		jdbc.sql("""
				select a.language, count(*), count(*) filter (where c.model_sentiment = c.sentiment)
				from text_corrections c join text_analyses a using (workspace_id, source_kind, source_id, field)
				where c.workspace_id = ? group by a.language""")
			.param(workspaceId)
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(3), rs.getLong(2) });
			});
		var adapted = workspaces.adapted(workspaceId);
		List<LanguageAccuracy> languages = new ArrayList<>();
		long right = 0;
		long n = 0;
		for (var entry : counts.entrySet()) {
			right += entry.getValue()[0];
			n += entry.getValue()[1];
			var language = TextLanguage.of(entry.getKey()).orElse(null);
			var model = language == null ? null : adapted.get(language);
			Accuracy[] scored = model == null ? new Accuracy[2] : scoreHeldOut(workspaceId, language, model);
			languages.add(new LanguageAccuracy(entry.getKey(), Accuracy.of(entry.getValue()[0], entry.getValue()[1]),
					scored[0], scored[1]));
		}
		return new Report(Accuracy.of(right, n), languages);
	}

	/** The adapted and the shipped model on the held-out corrected texts of a language, analysed now. */
	private Accuracy[] scoreHeldOut(UUID workspaceId, TextLanguage language, AdaptedSentiment model) {
		record Corrected(UUID id, String text, String sentiment) {
		}
		var heldOut = jdbc.sql("""
				select a.id, a.text, c.sentiment
				from text_corrections c join text_analyses a using (workspace_id, source_kind, source_id, field)
				where c.workspace_id = ? and a.language = ? order by c.corrected_at desc limit ?""")
			.params(workspaceId, language.code(), CANDIDATES)
			.query((rs, i) -> new Corrected(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list().stream().filter(c -> HeldOutCorrections.heldOut(c.id())).limit(SCORED).toList();
		var only = EnumSet.of(language);
		var themes = workspaces.themes(workspaceId);
		long adaptedRight = 0;
		long shippedRight = 0;
		for (var text : heldOut) {
			adaptedRight += engine.analyze(text.text(), only, themes, Map.of(language, model)).sentiment()
				.equals(text.sentiment()) ? 1 : 0;
			shippedRight += engine.analyze(text.text(), only, themes).sentiment().equals(text.sentiment()) ? 1 : 0;
		}
		return new Accuracy[] { Accuracy.of(adaptedRight, heldOut.size()), Accuracy.of(shippedRight, heldOut.size()) };
	}
}
