package io.tajriba.text.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.domain.Taxonomy;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Theme;
import io.tajriba.text.internal.TextQueue;
import io.tajriba.text.internal.TextResults;
import io.tajriba.text.internal.TextEngine;
import io.tajriba.text.internal.WorkspaceText;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Text analytics")
@RestController
@RequestMapping("/api/v1/text")
class TaxonomyApi {

	/** A theme as JSON: its key and keywords per language. */
	record ThemeJson(@Nullable String key, @Nullable Map<String, @Nullable List<@Nullable String>> keywords) {
	}

	record Settings(@Nullable List<String> languages) {
	}

	record Status(String model, long queued, long analysed, long outdated) {
	}

	private final Workspaces workspaces;
	private final WorkspaceText text;
	private final TextQueue queue;
	private final TextEngine engine;
	private final TextResults results;

	TaxonomyApi(Workspaces workspaces, WorkspaceText text, TextQueue queue, TextEngine engine, TextResults results) {
		this.workspaces = workspaces;
		this.text = text;
		this.queue = queue;
		this.engine = engine;
		this.results = results;
	}

	@Operation(summary = "The workspace's themes with their keywords per language (the default taxonomy until set)")
	@GetMapping("/themes")
	List<ThemeJson> themes() {
		return text.taxonomy(workspaces.current().workspaceId()).stream().map(TaxonomyApi::json).toList();
	}

	@Operation(summary = "Replace the taxonomy: [{key, keywords: {en: [...], fa: [...], ...}}]; a keyword is a word, "
			+ "a word start ending in '*', or two words. Texts analysed from now on get the new themes")
	@PutMapping("/themes")
	List<ThemeJson> replace(@RequestBody @Nullable List<@Nullable ThemeJson> themes) {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change themes");
		}
		text.replaceTaxonomy(access.workspaceId(), Taxonomy.check(themes == null ? null
				: themes.stream().map(t -> t == null ? null : new Taxonomy.Draft(t.key(), t.keywords())).toList(), 0));
		return themes();
	}

	private static ThemeJson json(Theme theme) {
		var keywords = new LinkedHashMap<String, List<String>>();
		for (var language : TextLanguage.values()) {
			keywords.put(language.code(), theme.keywords().getOrDefault(language, List.of()));
		}
		return new ThemeJson(theme.key(), keywords);
	}

	@Operation(summary = "The languages the workspace's texts are in, in order of preference")
	@GetMapping("/settings")
	Settings settings() {
		return new Settings(text.languages(workspaces.current().workspaceId()).stream().map(TextLanguage::code).toList());
	}

	@PutMapping("/settings")
	Settings change(@RequestBody Settings settings) {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change settings");
		}
		if (settings.languages() == null || settings.languages().isEmpty()) {
			throw new InvalidFieldException("languages", "is required");
		}
		for (int i = 0; i < settings.languages().size(); i++) {
			if (TextLanguage.of(String.valueOf(settings.languages().get(i))).isEmpty()) {
				throw new InvalidFieldException("languages[" + i + "]", "must be en, fa, ar or he");
			}
		}
		text.setLanguages(access.workspaceId(), settings.languages());
		return settings();
	}

	@Operation(summary = "The model version, texts waiting in the queue, texts analysed, and texts analysed by an "
			+ "older model that are being analysed again (the progress of a re-analysis)")
	@GetMapping("/status")
	Status status() {
		var workspaceId = workspaces.current().workspaceId();
		var counts = results.counts(workspaceId, engine.version());
		return new Status(engine.version(), queue.queued(workspaceId), counts.analysed(), counts.outdated());
	}
}
