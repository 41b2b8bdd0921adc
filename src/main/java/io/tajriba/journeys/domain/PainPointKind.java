package io.tajriba.journeys.domain;

/** Whether a pain point is a touchpoint (a {@link Dictionary} code) or a stage (an index into the map). */
public enum PainPointKind {
	TOUCHPOINT, STAGE
}
