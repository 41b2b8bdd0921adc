package io.tajriba.maturity.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The maturity rubric, a versioned file in the project: its competencies, each with the items raters score 1 to 5
 * and the evidence rules the product scores itself, the step in the product that improves each, and the sources
 * it was drawn from. Texts are by language (en, fa, ar, he), English where one is missing.
 */
public record Rubric(String version, List<String> sources, Map<String, Text> levels, List<Competency> competencies) {

	/** A text in the four languages. */
	public record Text(Map<String, String> byLanguage) {

		public Text {
			byLanguage = Map.copyOf(byLanguage);
			if (!byLanguage.containsKey("en")) {
				throw new IllegalArgumentException("a rubric text needs English, has " + byLanguage.keySet());
			}
		}

		public String in(String language) {
			return byLanguage.getOrDefault(language, byLanguage.get("en"));
		}
	}

	/**
	 * Where in the product a weak item or figure is improved: what to do, and the page's path. The text may name the
	 * figure: {missing} (a share's whole less its part), {value} (a share in percent, else the number) and {detail};
	 * when the figure has no data, the {@code none} text is said instead (the text itself if there is none).
	 */
	public record Step(Text text, @org.jspecify.annotations.Nullable Text none, String link) {

		/** The step in a language, with the figure's numbers written by {@code number} (value, decimals). */
		public String say(String language, @org.jspecify.annotations.Nullable Measure measure,
				java.util.function.BiFunction<Double, Integer, String> number) {
			if (measure == null || !measure.hasData()) {
				return (none == null ? text : none).in(language).replace("{missing}", "").replace("{value}", "")
					.replace("{detail}", "").replaceAll("\\s+", " ").strip();
			}
			double value = measure.value();
			String shown = switch (measure.kind()) {
				case SHARE -> number.apply(value * 100, 0) + "%";
				case COUNT -> number.apply(value, 0);
				case COEFFICIENT -> number.apply(value, 2);
			};
			String detail = measure.detail() == null ? "" : measure.detail();
			return text.in(language).replace("{missing}", number.apply((double) measure.missing(), 0))
				.replace("{value}", shown).replace("{detail}", detail);
		}
	}

	/** A statement raters score from 1 (not at all) to 5 (fully, everywhere). */
	public record Item(String key, Text text, Step step) {
	}

	/** An evidence figure: its rule, what it measures, the step that raises it. */
	public record Evidence(EvidenceRule rule, Text text, Step step) {

		public String key() {
			return rule.key();
		}
	}

	public record Competency(String key, Text name, List<Item> items, List<Evidence> evidence) {

		public Competency {
			items = List.copyOf(items);
			evidence = List.copyOf(evidence);
		}
	}

	public Rubric {
		sources = List.copyOf(sources);
		levels = Map.copyOf(levels);
		competencies = List.copyOf(competencies);
		Set<String> keys = new HashSet<>();
		for (Competency c : competencies) {
			for (Item i : c.items()) {
				if (!keys.add(i.key())) {
					throw new IllegalArgumentException("rubric key used twice: " + i.key());
				}
			}
			for (Evidence e : c.evidence()) {
				if (!keys.add(e.key())) {
					throw new IllegalArgumentException("rubric key used twice: " + e.key());
				}
			}
		}
		for (Level l : Level.values()) {
			if (!levels.containsKey(l.key())) {
				throw new IllegalArgumentException("rubric names no level " + l.key());
			}
		}
	}

	public Optional<Item> item(String key) {
		return competencies.stream().flatMap(c -> c.items().stream()).filter(i -> i.key().equals(key)).findFirst();
	}

	public Optional<Evidence> evidence(String key) {
		return competencies.stream().flatMap(c -> c.evidence().stream()).filter(e -> e.key().equals(key)).findFirst();
	}

	/** Every evidence rule of the rubric, in its order. */
	public List<EvidenceRule> rules() {
		List<EvidenceRule> rules = new ArrayList<>();
		competencies.forEach(c -> c.evidence().forEach(e -> rules.add(e.rule())));
		return rules;
	}
}
