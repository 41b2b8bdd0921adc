package io.tajriba.journeys.domain;

/**
 * What a bad experience may be followed by: the customer churning (as known of the customer, whenever it
 * happened), or no purchase after the bad experience (so a window ending well before the data does leaves
 * customers time to buy again).
 */
public enum Outcome {
	CHURN, NO_REPURCHASE
}
