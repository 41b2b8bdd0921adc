package io.tajriba.metrics.domain;

/**
 * Where a customer stands: promoter, passive or detractor by their last NPS answer, or positive, neutral or
 * negative by the sentiment of what they wrote.
 */
public enum Tier {
	TOP, MIDDLE, BOTTOM
}
