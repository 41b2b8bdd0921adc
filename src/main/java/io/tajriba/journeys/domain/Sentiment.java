package io.tajriba.journeys.domain;

/** The polarity text analytics gives a free text. */
public enum Sentiment {
	POSITIVE, NEUTRAL, NEGATIVE
}
