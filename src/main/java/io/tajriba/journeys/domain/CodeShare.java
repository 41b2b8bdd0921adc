package io.tajriba.journeys.domain;

/** A code (an emotion or theme of a {@link Dictionary}) and the share of a stage's texts that carry it. */
public record CodeShare(int code, Rate share) {

	public CodeShare {
		if (code < 0) {
			throw new IllegalArgumentException("a code is not negative, was " + code);
		}
	}
}
