package io.tajriba.text;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.text.internal.Adaptations;
import io.tajriba.text.internal.AnalysedTexts;
import io.tajriba.text.internal.TextEngine;
import io.tajriba.text.internal.TextQueue;
import io.tajriba.text.internal.TextResults;
import io.tajriba.text.internal.WorkspaceText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Text analytics for other modules. Hand every free text over with {@link #enqueue}: it is analysed
 * asynchronously and durably (a crash mid-analysis resumes), its result stored per source and field, and a
 * {@link TextAnalysed} event published. {@link #analyze} answers at once without storing anything.
 */
@Service
public class TextAnalytics {

	private final TextEngine engine;
	private final WorkspaceText workspaces;
	private final TextQueue queue;
	private final TextResults results;
	private final Adaptations adaptations;
	private final AnalysedTexts analysed;

	TextAnalytics(TextEngine engine, WorkspaceText workspaces, TextQueue queue, TextResults results,
			Adaptations adaptations, AnalysedTexts analysed) {
		this.analysed = analysed;
		this.engine = engine;
		this.workspaces = workspaces;
		this.queue = queue;
		this.results = results;
		this.adaptations = adaptations;
	}

	/** Analyses a text among the given language codes (all four when empty), with the default themes. */
	public TextAnalysis analyze(String text, Set<String> languages) {
		return engine.analyze(text, WorkspaceText.languages(languages), engine.defaultThemes());
	}

	/** Analyses a text with the workspace's languages, themes and adapted sentiment. */
	public TextAnalysis analyze(UUID workspaceId, String text) {
		return engine.analyze(text, workspaces.languages(workspaceId), workspaces.themes(workspaceId),
				workspaces.adapted(workspaceId));
	}

	/**
	 * Adapts sentiment to the workspace's own feedback: texts with the NPS rating their authors gave (0-6
	 * negative, 9-10 positive) train a model per language on 80% of them; the shipped and the adapted model are
	 * scored on the other 20%, and the adapted one is kept (used for this workspace from now on) only if better.
	 * The workspace's corrected texts train it too (a corrected label winning over a rating of the same text), but
	 * for a fixed fifth of them, held out in every adaptation; the rated texts are kept for adapting again.
	 */
	public List<Adaptation> adapt(UUID workspaceId, List<RatedText> texts) {
		return adaptations.adapt(workspaceId, texts);
	}

	/**
	 * Queues a text for analysis in the caller's transaction (so it commits with, say, the response it belongs
	 * to). The same source and field again replaces the text. Blank texts are ignored.
	 *
	 * @param sourceKind what the text belongs to: "response", "interaction", ...
	 * @param sourceId the id of that response or interaction
	 * @param field the question key of an answer, or "" for an interaction's single text
	 */
	public void enqueue(UUID workspaceId, String sourceKind, String sourceId, String field, String text) {
		enqueue(workspaceId, sourceKind, sourceId, field, text, null);
	}

	/** As {@link #enqueue(UUID, String, String, String, String)}, with when the text was written (for trends). */
	public void enqueue(UUID workspaceId, String sourceKind, String sourceId, String field, String text,
			@Nullable Instant occurredAt) {
		if (!text.isBlank()) {
			queue.enqueue(new TextQueue.Item(workspaceId, sourceKind, sourceId, field, text, occurredAt, null));
		}
	}

	/**
	 * A text to analyse: what it belongs to, the field (question key, or "" for an interaction), when, and the
	 * customer who wrote it if known.
	 */
	public record Submitted(String sourceId, String field, String text, @Nullable Instant occurredAt,
			@Nullable UUID customerId) {
	}

	/** Queues many texts of one kind of source at once, in the caller's transaction; blank ones are ignored. */
	public void enqueue(UUID workspaceId, String sourceKind, List<Submitted> texts) {
		queue.enqueueAll(workspaceId, sourceKind, texts.stream().filter(t -> !t.text().isBlank())
			.map(t -> new TextQueue.Item(workspaceId, sourceKind, t.sourceId(), t.field(), t.text(), t.occurredAt(),
					t.customerId()))
			.toList());
	}

	/** The stored analysis of one text, once its turn in the queue has come. */
	public Optional<TextAnalysis> result(UUID workspaceId, String sourceKind, String sourceId, String field) {
		return results.find(workspaceId, sourceKind, sourceId, field);
	}

	/** The stored analyses of several sources (for showing sentiment beside answers): source id → field → analysis. */
	public Map<String, Map<String, TextAnalysis>> results(UUID workspaceId, String sourceKind,
			Collection<String> sourceIds) {
		return results.find(workspaceId, sourceKind, sourceIds);
	}

	/** The themes found in the texts of these sources (all fields), by source id; sources without any left out. */
	public Map<String, Set<String>> themes(UUID workspaceId, String sourceKind, Collection<String> sourceIds) {
		return results.themes(workspaceId, sourceKind, sourceIds);
	}

	/** Whether any analysed text of a customer was written at or after {@code since}. */
	public boolean writtenSince(UUID workspaceId, Instant since) {
		return results.writtenSince(workspaceId, since);
	}

	/**
	 * The sentiment of each customer's latest text written before {@code until} (of texts written at the same
	 * moment, the most negative): -1 negative, 0 neutral, 1 positive.
	 */
	public Map<UUID, Integer> latestSentiment(UUID workspaceId, Instant until) {
		return results.latestSentiment(workspaceId, until);
	}

	/** The keys of the workspace's themes, in taxonomy order. */
	public List<String> themes(UUID workspaceId) {
		return workspaces.taxonomy(workspaceId).stream().map(io.tajriba.text.domain.Theme::key).toList();
	}

	/**
	 * The texts written in [from, to) that have been analysed, oldest first, at most {@code limit}, each as the
	 * {@link TextAnalysed} event that announced it: what a back-test of an alert rule reads.
	 */
	public void analysedBetween(UUID workspaceId, Instant from, Instant to, int limit,
			java.util.function.Consumer<TextAnalysed> each) {
		analysed.between(workspaceId, from, to, limit, each);
	}

	/**
	 * The sentiment and emotions of the analysed texts of one kind of source ("interaction", "response") written in
	 * [from, to), oldest first, read a page at a time by keyset: what journeys count per stage.
	 */
	public void sentiments(UUID workspaceId, String sourceKind, Instant from, Instant to,
			Consumer<TextSentiment> each) {
		analysed.sentiments(workspaceId, sourceKind, from, to, each);
	}
}
