package io.tajriba.text;

/** A text with the NPS rating (0-10) its author gave: 0-6 counts as negative, 9-10 as positive, 7-8 not at all. */
public record RatedText(String text, int nps) {

	public RatedText {
		if (nps < 0 || nps > 10) {
			throw new IllegalArgumentException("an NPS rating is 0 to 10");
		}
	}
}
