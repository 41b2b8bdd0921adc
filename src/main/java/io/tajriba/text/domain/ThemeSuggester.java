package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests new themes from recent feedback: the phrases (one or two content words) that many texts share and
 * no theme of the taxonomy covers are clustered by the texts they occur in (two phrases join when most texts
 * of the rarer one also hold the other), and each cluster of enough texts becomes a suggestion named by its
 * most frequent phrase.
 */
public final class ThemeSuggester {

	private static final double OVERLAP = 0.5;

	private final int minTexts;
	private final int limit;

	public ThemeSuggester(int minTexts, int limit) {
		this.minTexts = minTexts;
		this.limit = limit;
	}

	/** A theme to consider: its name, its phrases, how many of the texts it covers and one of them. */
	public record Suggestion(TextLanguage language, String name, List<String> phrases, int texts, String example) {
	}

	public List<Suggestion> suggest(List<String> texts, TextLanguage language, ThemeMatcher taxonomy) {
		var lexicon = Lexicon.of(language);
		var occurrences = new HashMap<String, BitSet>();
		var tokens = new Tokens();
		for (int i = 0; i < texts.size(); i++) {
			tokens.read(texts.get(i));
			if (!taxonomy.match(tokens, language).isEmpty()) {
				continue;
			}
			int text = i;
			KeyPhrases.candidates(tokens, lexicon, phrase -> {
				for (int t = phrase[0]; t < phrase[1]; t++) {
					occurrences.computeIfAbsent(tokens.text(t), p -> new BitSet()).set(text);
					if (t + 1 < phrase[1]) {
						occurrences.computeIfAbsent(KeyPhrases.text(tokens, new int[] { t, t + 2 }), p -> new BitSet())
							.set(text);
					}
				}
			});
		}
		return clusters(frequent(occurrences), texts, language);
	}

	private List<Map.Entry<String, BitSet>> frequent(Map<String, BitSet> occurrences) {
		return occurrences.entrySet().stream()
			.filter(e -> e.getValue().cardinality() >= minTexts)
			.sorted(Comparator.comparingInt((Map.Entry<String, BitSet> e) -> e.getValue().cardinality()).reversed()
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	private List<Suggestion> clusters(List<Map.Entry<String, BitSet>> phrases, List<String> texts,
			TextLanguage language) {
		var clusters = new ArrayList<List<Map.Entry<String, BitSet>>>();
		for (var phrase : phrases) {
			clusters.stream().filter(c -> overlaps(c.getFirst().getValue(), phrase.getValue())).findFirst()
				.ifPresentOrElse(c -> c.add(phrase), () -> clusters.add(new ArrayList<>(List.of(phrase))));
		}
		return clusters.stream().map(c -> suggestion(c, texts, language))
			.filter(s -> s.texts() >= minTexts)
			.sorted(Comparator.comparingInt(Suggestion::texts).reversed())
			.limit(limit)
			.toList();
	}

	private static boolean overlaps(BitSet seed, BitSet phrase) {
		var common = (BitSet) seed.clone();
		common.and(phrase);
		return common.cardinality() >= OVERLAP * Math.min(seed.cardinality(), phrase.cardinality());
	}

	private static Suggestion suggestion(List<Map.Entry<String, BitSet>> cluster, List<String> texts,
			TextLanguage language) {
		var covered = new BitSet();
		cluster.forEach(p -> covered.or(p.getValue()));
		var phrases = cluster.stream().map(Map.Entry::getKey).limit(8).toList();
		return new Suggestion(language, phrases.getFirst(), phrases, covered.cardinality(),
				texts.get(covered.nextSetBit(0)));
	}
}
