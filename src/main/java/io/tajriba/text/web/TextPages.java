package io.tajriba.text.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.tajriba.text.domain.Accuracy;
import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.internal.CorrectionFigures;
import io.tajriba.text.internal.TextResults;
import io.tajriba.text.internal.ThemeSummaries;
import io.tajriba.text.internal.WorkspaceText;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The feedback texts with their sentiment and emotions beside each, filtered by them, by theme and language, with
 * the share of each sentiment among them and how often the reading agreed with the analysts' corrections; and the
 * themes view: volume, sentiment, weekly trend and example quotes per theme.
 */
@Controller
class TextPages {

	private final Workspaces workspaces;
	private final TextResults results;
	private final ThemeSummaries summaries;
	private final WorkspaceText text;
	private final CorrectionFigures figures;

	TextPages(Workspaces workspaces, TextResults results, ThemeSummaries summaries, WorkspaceText text,
			CorrectionFigures figures) {
		this.figures = figures;
		this.workspaces = workspaces;
		this.results = results;
		this.summaries = summaries;
		this.text = text;
	}

	@GetMapping("/text")
	String texts(@RequestParam(required = false) @Nullable String sentiment,
			@RequestParam(required = false) @Nullable String emotion, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String language, Model model) {
		var access = workspaces.current();
		var workspaceId = access.workspaceId();
		var filter = new TextResults.Filter(blank(sentiment), blank(emotion), blank(theme), blank(language));
		model.addAttribute("filter", filter);
		model.addAttribute("shares", shares(results.sentiments(workspaceId, filter)));
		model.addAttribute("accuracy", figures.accuracy(workspaceId));
		model.addAttribute("canCorrect", access.role().canWrite());
		model.addAttribute("texts", results.recent(workspaceId, filter, 200));
		model.addAttribute("sentiments", List.of(Sentiment.values()).stream().map(Sentiment::code).toList());
		model.addAttribute("emotions", List.of(Emotion.values()).stream().map(Emotion::code).toList());
		model.addAttribute("languages", List.of(TextLanguage.values()).stream().map(TextLanguage::code).toList());
		model.addAttribute("themes", text.taxonomy(workspaceId).stream().map(t -> t.key()).toList());
		return "text/list";
	}

	@GetMapping("/text/themes")
	String themes(@RequestParam(defaultValue = "90") int days, Model model) {
		var now = Instant.now();
		var workspaceId = workspaces.current().workspaceId();
		var themes = summaries.summaries(workspaceId, now.minus(Duration.ofDays(Math.clamp(days, 1, 3650))), now);
		model.addAttribute("days", days);
		model.addAttribute("themes", themes);
		model.addAttribute("peak", themes.stream().flatMap(s -> s.trend().stream()).mapToInt(w -> w.texts()).max().orElse(1));
		return "text/themes";
	}

	/** Suggested themes, loaded on demand: clustering reads the latest texts. */
	@GetMapping("/text/themes/suggestions")
	String suggestions(Model model) {
		model.addAttribute("suggestions", summaries.suggestions(workspaces.current().workspaceId()));
		return "text/themes :: suggestions";
	}

	/** A sentiment's share of the texts a filter lets through, with its 95% interval. */
	record SentimentShare(String sentiment, Accuracy share) {
	}

	static List<SentimentShare> shares(Map<String, Long> counts) {
		long n = counts.values().stream().mapToLong(Long::longValue).sum();
		return List.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE).stream()
			.map(s -> new SentimentShare(s.code(), Accuracy.of(counts.getOrDefault(s.code(), 0L), n)))
			.toList();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
