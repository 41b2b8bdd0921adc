package io.tajriba.quality.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.tajriba.quality.domain.Criterion;
import io.tajriba.quality.domain.Scale;
import io.tajriba.quality.domain.Scorecard;
import io.tajriba.workspaces.Languages;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard as the review pages show it: sections of criteria, each with its wording in the reader's language
 * (else the workspace's, else English, else the first it has) and that wording's own direction, its scale's points,
 * and what a review keeps of it (the point chosen, the comment).
 */
record ReviewRows(List<Section> sections) {

	record Section(String title, List<Row> criteria) {
	}

	/** One criterion: {@code point} and {@code comment} are a review's, null on a blank form or for N/A. */
	record Row(String key, String text, String language, String dir, Scale scale, List<Integer> points, double weight,
			boolean naAllowed, boolean critical, boolean answered, @Nullable Integer point, @Nullable Double score,
			@Nullable String comment, boolean failed) {

		public boolean yesNo() {
			return scale == Scale.YES_NO;
		}
	}

	/** The card's criteria, unanswered. */
	static ReviewRows blank(Scorecard card, String language, String fallback) {
		return of(card, language, fallback, null, Map.of(), List.of());
	}

	/** The card's criteria with a review's answers, comments and failed critical criteria. */
	static ReviewRows of(Scorecard card, String language, String fallback,
			@Nullable Map<String, @Nullable Integer> answers, Map<String, String> comments, List<String> failed) {
		List<Section> sections = new ArrayList<>();
		for (Scorecard.Section section : card.sections()) {
			List<Row> rows = new ArrayList<>();
			for (Scorecard.Item item : section.criteria()) {
				Criterion c = item.criterion();
				String lang = pick(item.text(), language, fallback);
				boolean answered = answers != null && answers.containsKey(c.key());
				Integer point = answered ? answers.get(c.key()) : null;
				rows.add(new Row(c.key(), item.text().get(lang), lang, Languages.isRightToLeft(lang) ? "rtl" : "ltr",
						c.scale(), IntStream.rangeClosed(c.scale().min(), c.scale().max()).boxed().toList(), c.weight(),
						c.naAllowed(), c.critical(), answered, point,
						point == null ? null : c.scale().score(point, c.key()), comments.get(c.key()),
						failed.contains(c.key())));
			}
			sections.add(new Section(section.title(), List.copyOf(rows)));
		}
		return new ReviewRows(List.copyOf(sections));
	}

	/** The language of the wording to show: the reader's, else the fallback, else English, else the first. */
	static String pick(Map<String, String> text, String language, String fallback) {
		for (String candidate : List.of(language, fallback, "en")) {
			if (text.containsKey(candidate)) {
				return candidate;
			}
		}
		return text.keySet().iterator().next();
	}
}
