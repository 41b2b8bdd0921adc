package io.tajriba.text.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.internal.CorrectionFigures;
import io.tajriba.text.internal.Corrections;
import io.tajriba.text.internal.TextResults;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Text analytics")
@RestController
@RequestMapping("/api/v1/text")
class CorrectionApi {

	static final int MOST_TO_CHECK = 100;

	private final Workspaces workspaces;
	private final Corrections corrections;
	private final CorrectionFigures figures;

	CorrectionApi(Workspaces workspaces, Corrections corrections, CorrectionFigures figures) {
		this.workspaces = workspaces;
		this.corrections = corrections;
		this.figures = figures;
	}

	@Operation(summary = "Correct the reading of an analysed text (its id from /results or /to-check): "
			+ "{\"sentiment\": \"negative\", \"emotions\": [\"anger\"], \"themes\": [\"delivery\"]}; emotions or themes "
			+ "left out stay as they are, [] means none. It counts at once wherever the text counts; the model's "
			+ "reading is kept for its accuracy")
	@PutMapping("/analyses/{id}/correction")
	TextResults.Stored correct(@PathVariable String id, @RequestBody(required = false) @Nullable JsonNode body) {
		var access = analyst();
		var analysis = uuid(id);
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("sentiment", "send an object with sentiment, emotions and themes");
		}
		var sentiment = body.get("sentiment");
		return corrections.correct(access, analysis, new Corrections.Draft(
				sentiment == null || sentiment.isNull() ? null : sentiment.isString() ? sentiment.asString() : "?",
				list(body, "emotions"), list(body, "themes")));
	}

	@Operation(summary = "Take a correction back: the model's reading counts again")
	@DeleteMapping("/analyses/{id}/correction")
	TextResults.Stored uncorrect(@PathVariable String id) {
		return corrections.remove(analyst().workspaceId(), uuid(id));
	}

	@Operation(summary = "The texts to check: uncorrected texts of one language (default: the reader's) whose "
			+ "sentiment the model is least sure of (smallest margin between its two likeliest labels) first")
	@GetMapping("/to-check")
	List<TextResults.Stored> toCheck(@RequestParam(required = false) @Nullable String language,
			@RequestParam(defaultValue = "20") int limit) {
		var workspaceId = analyst().workspaceId();
		return figures.toCheck(workspaceId, language(language), Math.clamp(limit, 1, MOST_TO_CHECK));
	}

	@Operation(summary = "How often the reading had the analysts' sentiment on the corrected texts (correct of n, "
			+ "with the 95% Wilson interval), overall and per language; with an adapted model, it and the shipped "
			+ "model on the fifth of corrected texts adaptation never learns from")
	@GetMapping("/accuracy")
	CorrectionFigures.Report accuracy() {
		return figures.accuracy(workspaces.current().workspaceId());
	}

	/** The language asked for, else the reader's, else the first of the four. */
	static TextLanguage language(@Nullable String code) {
		if (code != null && !code.isBlank()) {
			return TextLanguage.of(code)
				.orElseThrow(() -> new InvalidFieldException("language", "must be en, fa, ar or he"));
		}
		return TextLanguage.of(LocaleContextHolder.getLocale().getLanguage()).orElse(TextLanguage.EN);
	}

	/** An id that is no UUID names nothing in any workspace. */
	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("Analysed text");
		}
	}

	private static @Nullable List<@Nullable Object> list(JsonNode body, String field) {
		var node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray()) {
			throw new InvalidFieldException(field, "must be an array of codes");
		}
		List<@Nullable Object> values = new ArrayList<>();
		node.forEach(v -> values.add(v.isString() ? v.asString() : null));
		return values;
	}

	private Access analyst() {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only analysts correct texts");
		}
		return access;
	}
}
