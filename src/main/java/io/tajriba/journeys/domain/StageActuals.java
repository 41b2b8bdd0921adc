package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a stage achieves, each figure optional: conversion to the next stage and the median time to it (from the
 * funnel), top-2-box CSAT, the mean effort score and the share of positive texts (from the surveys and text
 * analytics of the stage's touchpoints and questions).
 */
public record StageActuals(@Nullable Rate conversion, @Nullable Rate csat, @Nullable Mean ces,
		@Nullable Rate positiveSentiment, @Nullable Median medianTime) {

	public static final StageActuals NONE = new StageActuals(null, null, null, null, null);

	/** The funnel's figures for the stage, with the feedback ones given. */
	public static StageActuals of(StageFunnel stage, @Nullable Rate csat, @Nullable Mean ces,
			@Nullable Rate positiveSentiment) {
		return new StageActuals(stage.conversion(), csat, ces, positiveSentiment, stage.timeToNext());
	}

	/** The funnel's and the feedback's figures for the stage; feedback with no answers gives no figure. */
	public static StageActuals of(StageFunnel stage, StageExperience experience) {
		return of(stage, experience.csat().n() == 0 ? null : experience.csat(),
				experience.ces().n() == 0 ? null : experience.ces(),
				experience.positiveSentiment().n() == 0 ? null : experience.positiveSentiment());
	}
}
