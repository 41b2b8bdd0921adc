package io.tajriba.journeys.domain;

import java.util.List;
import java.util.Locale;

/**
 * What to collect to close a coverage gap, as a message key with its arguments for the UI to translate, and the
 * English sentence for where no translation is at hand. The first argument is the stage key, so that the UI can
 * put in the stage's name in its own language.
 */
public record Recommendation(String messageKey, List<String> arguments, String english) {

	public Recommendation {
		if (messageKey == null || messageKey.isBlank() || english == null || english.isBlank()) {
			throw new IllegalArgumentException("a recommendation needs a message key and an English text");
		}
		arguments = List.copyOf(arguments);
	}

	static Recommendation gap(DataType type, Stage stage) {
		String key = "journeys.coverage.gap." + type.name().toLowerCase(Locale.ROOT);
		String name = stage.name().en();
		String english = switch (type) {
			case WEB -> "Tag the pages and app screens of " + name + " to record visits.";
			case PURCHASE -> "Link orders and sales at " + name + " to customers.";
			case SERVICE -> "Record the calls, chats, e-mails and tickets of " + name + ".";
			case SURVEY -> "Add a short CSAT or effort survey right after " + name + ".";
			case TEXT -> "Ask an open question or invite reviews about " + name + ".";
			case SOCIAL -> "Track shares and social media mentions during " + name + ".";
			case EMPLOYEE -> "Ask the employees who serve " + name + " in a pulse survey or the idea box.";
		};
		return new Recommendation(key, List.of(stage.key()), english);
	}

	static Recommendation thin(DataType type, Stage stage, long count, long needed) {
		String english = "Only " + count + " " + type.name().toLowerCase(Locale.ROOT) + " records at "
				+ stage.name().en() + ": collect at least " + needed + " before relying on them.";
		return new Recommendation("journeys.coverage.thin", List.of(stage.key(), type.name(), Long.toString(count),
				Long.toString(needed)), english);
	}
}
