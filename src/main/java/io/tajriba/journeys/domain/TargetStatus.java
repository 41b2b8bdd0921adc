package io.tajriba.journeys.domain;

/**
 * How a stage stands against one target: meets it, falls short by at most a tenth (or by less than the
 * uncertainty of the figure), falls further short, or has no data to tell.
 */
public enum TargetStatus {
	GREEN, AMBER, RED, NO_DATA
}
