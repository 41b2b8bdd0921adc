package io.tajriba.journeys.domain;

/** Whether a stage has enough of a data type: none at all, too few to rely on, or enough. */
public enum CoverageStatus {
	GAP, THIN, COVERED
}
