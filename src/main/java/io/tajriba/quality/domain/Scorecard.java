package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;

/**
 * A scorecard's content: its name, the kind of channel it reviews, and sections of criteria, each criterion with
 * its wording per language. What a review's score depends on — the criteria, their scales, weights, whether N/A
 * is allowed and whether they are critical — is the card's {@link #scoring() scoring}; a change of it needs a new
 * version, a change of wording alone does not.
 */
public record Scorecard(String name, String channel, List<Section> sections) {

	public static final Set<String> CHANNELS = Set.of("call", "chat", "email", "other");

	/** A section: its title and criteria, in order. */
	public record Section(String title, List<Item> criteria) {
	}

	/** A criterion with its wording: a language code to the text. */
	public record Item(Criterion criterion, Map<String, String> text) {
	}

	public Scorecard {
		if (name == null || name.isBlank() || name.strip().length() > 120) {
			throw new InvalidFieldException("name", "must have 1 to 120 characters");
		}
		name = name.strip();
		if (channel == null || !CHANNELS.contains(channel)) {
			throw new InvalidFieldException("channel", "must be call, chat, email or other");
		}
		if (sections == null || sections.isEmpty()) {
			throw new InvalidFieldException("sections", "must hold at least one section");
		}
		Set<String> keys = new HashSet<>();
		for (int s = 0; s < sections.size(); s++) {
			Section section = sections.get(s);
			String at = "sections[" + s + "]";
			if (section.title() == null || section.title().isBlank() || section.title().length() > 200) {
				throw new InvalidFieldException(at + ".title", "must have 1 to 200 characters");
			}
			if (section.criteria() == null || section.criteria().isEmpty()) {
				throw new InvalidFieldException(at + ".criteria", "must hold at least one criterion");
			}
			for (int c = 0; c < section.criteria().size(); c++) {
				Item item = section.criteria().get(c);
				String field = at + ".criteria[" + c + "]";
				if (!keys.add(item.criterion().key())) {
					throw new InvalidFieldException(field + ".key", "is used by another criterion of this scorecard");
				}
				text(field + ".text", item.text());
			}
		}
		if (keys.size() > 200) {
			throw new InvalidFieldException("sections", "may hold at most 200 criteria");
		}
		sections = List.copyOf(sections);
	}

	private static void text(String field, Map<String, String> text) {
		if (text == null || text.isEmpty()) {
			throw new InvalidFieldException(field, "must give the criterion's text in at least one language");
		}
		text.forEach((language, value) -> {
			if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
				throw new InvalidFieldException(field, "must be keyed by language codes such as en or fa");
			}
			if (value == null || value.isBlank() || value.length() > 2000) {
				throw new InvalidFieldException(field + "." + language, "must have 1 to 2000 characters");
			}
		});
	}

	/** The criteria in order, as reviews are scored against them. */
	public List<Criterion> scoring() {
		List<Criterion> criteria = new ArrayList<>();
		sections.forEach(s -> s.criteria().forEach(i -> criteria.add(i.criterion())));
		return List.copyOf(criteria);
	}

	/**
	 * Whether moving from this content to {@code next} needs a new version: criteria added or removed, or a
	 * criterion's scale, weight, N/A or critical flag changed. Names, titles, wording, the order of criteria and the
	 * channel do not change a score, so they are edited in place.
	 */
	public boolean needsNewVersion(Scorecard next) {
		Map<String, Criterion> before = byKey(scoring());
		Map<String, Criterion> after = byKey(next.scoring());
		return !before.equals(after);
	}

	private static Map<String, Criterion> byKey(List<Criterion> criteria) {
		Map<String, Criterion> map = new LinkedHashMap<>();
		criteria.forEach(c -> map.put(c.key(), c));
		return Map.copyOf(map);
	}

	/** The scale named in the API: yes_no, three, four or five. */
	public static Scale scale(String field, Object value) {
		if (value instanceof String name) {
			for (Scale scale : Scale.values()) {
				if (scale.name().toLowerCase(Locale.ROOT).equals(name)) {
					return scale;
				}
			}
		}
		throw new InvalidFieldException(field, "must be yes_no, three, four or five");
	}

	public static String scaleName(Scale scale) {
		return Objects.requireNonNull(scale).name().toLowerCase(Locale.ROOT);
	}
}
