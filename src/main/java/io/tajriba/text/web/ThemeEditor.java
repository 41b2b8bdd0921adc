package io.tajriba.text.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.domain.Taxonomy;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Theme;
import io.tajriba.text.domain.ThemeSuggester.Suggestion;
import io.tajriba.text.internal.ThemeSummaries;
import io.tajriba.text.internal.WorkspaceText;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the workspace's themes in a form: each theme's key beside its keywords in the four languages (one per
 * line), themes added and removed, a suggested theme taken in with its phrases. The whole form is sent each time,
 * so a refused save (a bad key, named with its row) keeps everything typed.
 */
@Controller
class ThemeEditor {

	/** One row of the form: a theme's key and its keywords per language, one per line. */
	record Row(String key, Map<String, String> keywords) {
	}

	private final Workspaces workspaces;
	private final WorkspaceText text;
	private final ThemeSummaries summaries;

	ThemeEditor(Workspaces workspaces, WorkspaceText text, ThemeSummaries summaries) {
		this.workspaces = workspaces;
		this.text = text;
		this.summaries = summaries;
	}

	@GetMapping("/text/themes/edit")
	String edit(@RequestParam(required = false) @Nullable String suggestion, Model model) {
		UUID workspaceId = writer().workspaceId();
		List<Row> rows = new ArrayList<>(text.taxonomy(workspaceId).stream().map(ThemeEditor::row).toList());
		if (suggestion != null) {
			summaries.suggestions(workspaceId).stream().filter(s -> s.name().equals(suggestion)).findFirst()
				.ifPresent(s -> rows.add(suggested(s, rows.size())));
		}
		return page(rows, model);
	}

	@PostMapping("/text/themes/edit")
	String save(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
		Access access = writer();
		List<String> keys = form.getOrDefault("key", List.of());
		List<String> remove = form.getOrDefault("remove", List.of());
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (remove.contains(String.valueOf(i))) {
				continue;
			}
			rows.add(new Row(keys.get(i).strip(), Map.of("en", at(form.get("en"), i), "fa", at(form.get("fa"), i), "ar",
					at(form.get("ar"), i), "he", at(form.get("he"), i))));
		}
		// a row left blank (the empty one at the end of the form) is no theme
		rows.removeIf(r -> r.key().isEmpty() && r.keywords().values().stream().allMatch(String::isBlank));
		if ("add".equals(form.getFirst("action"))) {
			rows.add(blank());
			return page(rows, model);
		}
		try {
			text.replaceTaxonomy(access.workspaceId(), themes(rows));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return page(rows, model);
		}
		flash.addFlashAttribute("saved", rows.size());
		return "redirect:/text/themes/edit";
	}

	/** The rows as themes, checked as every taxonomy is; a fault names its row (counted from 1, as the reader sees them). */
	static List<Theme> themes(List<Row> rows) {
		List<Taxonomy.Draft> drafts = new ArrayList<>();
		for (Row row : rows) {
			Map<String, List<String>> keywords = new java.util.LinkedHashMap<>();
			for (TextLanguage language : TextLanguage.values()) {
				// one per line; commas (also the Arabic one) separate keywords too
				List<String> words = java.util.Arrays.stream(row.keywords().getOrDefault(language.code(), "")
					.split("[\\r\\n,\u060C]+")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
				if (!words.isEmpty()) {
					keywords.put(language.code(), words);
				}
			}
			drafts.add(new Taxonomy.Draft(row.key(), keywords));
		}
		return Taxonomy.check(drafts, 1);
	}

	private String page(List<Row> rows, Model model) {
		List<Row> shown = new ArrayList<>(rows);
		if (shown.isEmpty() || !shown.getLast().key().isEmpty()) {
			shown.add(blank());
		}
		model.addAttribute("rows", shown);
		model.addAttribute("languages", List.of("en", "fa", "ar", "he"));
		return "text/theme-editor";
	}

	private static Row row(Theme theme) {
		Map<String, String> keywords = new java.util.LinkedHashMap<>();
		for (TextLanguage language : TextLanguage.values()) {
			keywords.put(language.code(), String.join("\n", theme.keywords().getOrDefault(language, List.of())));
		}
		return new Row(theme.key(), keywords);
	}

	/** A suggested theme as a new row: its phrases as keywords in their language, a key to be chosen. */
	private static Row suggested(Suggestion suggestion, int index) {
		String key = suggestion.name().toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		Map<String, String> keywords = new java.util.LinkedHashMap<>(blank().keywords());
		keywords.put(suggestion.language().code(), String.join("\n", suggestion.phrases()));
		return new Row(key.isEmpty() || key.length() > 40 ? "theme_" + (index + 1) : key, keywords);
	}

	private static Row blank() {
		return new Row("", Map.of("en", "", "fa", "", "ar", "", "he", ""));
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

	private Access writer() {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change themes");
		}
		return access;
	}
}
