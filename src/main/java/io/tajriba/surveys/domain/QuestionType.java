package io.tajriba.surveys.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/**
 * The kinds of question a survey asks. Scales have fixed ends where the method defines them: NPS 0-10, CSAT 1-5,
 * CES 1-7; a rating scale chooses its own.
 */
public enum QuestionType {

	/** "How likely are you to recommend us?" 0-10. */
	NPS(0, 10),
	/** "How satisfied were you?" 1-5. */
	CSAT(1, 5),
	/** "How easy was it?" 1 (very difficult) to 7 (very easy). */
	CES(1, 7),
	/** "Would you buy from us again?" 1 (certainly not) to 5 (certainly). */
	REPURCHASE(1, 5),
	/** A scale whose ends the question sets (default 1-5). */
	RATING(1, 5),
	SINGLE_CHOICE(0, 0),
	MULTIPLE_CHOICE(0, 0),
	/** How did it make you feel: one or more of {@link Emotion}. */
	EMOTION(0, 0),
	TEXT(0, 0);

	private final int min;
	private final int max;

	QuestionType(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public int defaultMin() {
		return min;
	}

	public int defaultMax() {
		return max;
	}

	public boolean isScale() {
		return max > min;
	}

	/**
	 * The highest score that says the customer was unhappy, on the type's own scale: a detractor's 0-6 of NPS,
	 * CSAT 1-2 of 5 (dissatisfied), effort 1-3 of 7 (difficult), repurchase 1-2 of 5 (unlikely); -1 for a type
	 * with no such cut-off (a rating's ends are the question's own).
	 */
	public int dissatisfiedAtMost() {
		return switch (this) {
			case NPS -> 6;
			case CSAT, REPURCHASE -> 2;
			case CES -> 3;
			default -> -1;
		};
	}

	public boolean hasChoices() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static QuestionType of(String field, String value) {
		for (QuestionType type : values()) {
			if (type.key().equalsIgnoreCase(value.strip())) {
				return type;
			}
		}
		throw new InvalidFieldException(field, "must be one of nps, csat, ces, repurchase, rating, single_choice, "
				+ "multiple_choice, emotion, text");
	}
}
