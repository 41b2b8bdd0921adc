package io.tajriba.text.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.domain.ThemeSuggester;
import io.tajriba.text.internal.TextResults;
import io.tajriba.text.internal.ThemeSummaries;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Text analytics", description = "Language, sentiment, emotions, themes and key phrases of texts")
@RestController
@RequestMapping("/api/v1/text")
class TextApi {

	/** Bounds of one call: nothing is stored, so a caller with more texts ingests them instead. */
	static final int MAX_TEXT = 5_000;
	static final int MAX_BATCH = 500;
	static final int MAX_CHARACTERS = 500_000;

	/** One analysed text of a batch, with the id it was sent with. */
	record Row(@Nullable Object id, String language, String sentiment, double score, double confidence,
			java.util.Map<String, Double> emotions, List<String> themes, List<String> keyPhrases) {

		static Row of(@Nullable Object id, TextAnalysis a) {
			return new Row(id, a.language(), a.sentiment(), a.score(), a.confidence(), a.emotions(), a.themes(),
					a.keyPhrases());
		}
	}

	private final Workspaces workspaces;
	private final TextAnalytics text;
	private final TextResults results;
	private final ThemeSummaries summaries;
	private final int maxRows;

	TextApi(Workspaces workspaces, TextAnalytics text, TextResults results, ThemeSummaries summaries,
			@Value("${tajriba.api.max-rows:10000}") int maxRows) {
		this.workspaces = workspaces;
		this.text = text;
		this.results = results;
		this.summaries = summaries;
		this.maxRows = maxRows;
	}

	@Operation(summary = "Analyse one text ({\"text\": ...}) or a batch ([{\"id\": ..., \"text\": ...}]) with the "
			+ "workspace's languages and themes: language, sentiment label and score (p(positive) - p(negative)), "
			+ "emotions with their probabilities, themes and key phrases. Nothing is stored. At most 500 texts a call, "
			+ "5,000 characters each and 500,000 together")
	@Heavy
	@PostMapping("/analyze")
	Object analyze(@RequestBody JsonNode body) {
		var workspaceId = workspaces.current().workspaceId();
		if (body.isObject()) {
			return text.analyze(workspaceId, new JsonFields(body).requiredText("text", MAX_TEXT));
		}
		if (!body.isArray()) {
			throw new InvalidFieldException("text", "send an object with text, or an array of {id, text}");
		}
		if (body.size() > Math.min(maxRows, MAX_BATCH)) {
			throw new BatchReader.TooManyRowsException(Math.min(maxRows, MAX_BATCH));
		}
		var texts = new ArrayList<String>();
		long characters = 0;
		for (int i = 0; i < body.size(); i++) {
			String one = textOf(body.get(i), i);
			characters += one.length();
			if (characters > MAX_CHARACTERS) {
				throw new InvalidFieldException("[" + i + "].text", "the texts of one call may have at most "
						+ MAX_CHARACTERS + " characters together; ingest larger sets as interactions or responses");
			}
			texts.add(one);
		}
		var rows = new ArrayList<Row>();
		for (int i = 0; i < texts.size(); i++) {
			rows.add(Row.of(idOf(body.get(i)), text.analyze(workspaceId, texts.get(i))));
		}
		return rows;
	}

	private static String textOf(JsonNode row, int i) {
		if (!row.isObject()) {
			throw new InvalidFieldException("[" + i + "]", "must be an object with id and text");
		}
		try {
			return new JsonFields(row).requiredText("text", MAX_TEXT);
		} catch (InvalidFieldException e) {
			throw new InvalidFieldException("[" + i + "]." + e.field(), e.getMessage());
		}
	}

	private static @Nullable Object idOf(JsonNode row) {
		var id = row.get("id");
		if (id == null || id.isNull()) {
			return null;
		}
		return id.isNumber() ? id.numberValue() : id.asString();
	}

	@Operation(summary = "The analysed texts of the workspace, newest first, optionally of one sentiment, emotion, "
			+ "theme or language")
	@GetMapping("/results")
	List<TextResults.Stored> results(@RequestParam(required = false) @Nullable String sentiment,
			@RequestParam(required = false) @Nullable String emotion, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "50") int limit) {
		return results.recent(workspaces.current().workspaceId(),
				new TextResults.Filter(sentiment, emotion, theme, language), Math.clamp(limit, 1, 1000));
	}

	@Operation(summary = "Per theme: texts, sentiment counts and mean score, weekly trend and example quotes "
			+ "(dates from and to, ISO, default the last 90 days)")
	@GetMapping("/themes/summary")
	List<ThemeSummaries.Summary> summary(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		var end = to == null ? Instant.now() : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		var start = from == null ? end.minus(java.time.Duration.ofDays(90)) : from.atStartOfDay(ZoneOffset.UTC).toInstant();
		return summaries.summaries(workspaces.current().workspaceId(), start, end);
	}

	@Operation(summary = "Suggested new themes: frequent phrases of recent texts that no theme covers, clustered")
	@Heavy
	@GetMapping("/themes/suggestions")
	List<ThemeSuggester.Suggestion> suggestions() {
		return summaries.suggestions(workspaces.current().workspaceId());
	}

}
