package io.tajriba.quality.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.quality.domain.QualityScore;
import org.jspecify.annotations.Nullable;

/**
 * A quality score as the API gives it: value (mean review score × 100, null without reviews), ci95 (the t interval
 * clipped to [0, 100], null below two reviews), n reviews, and the basis it rests on: {@code random} for the IQS
 * (the weekly random sample's reviews only), {@code targeted} for the targeted picks' reviews, kept apart.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record QualityScoreView(@Nullable Double value, double @Nullable [] ci95, long n, String basis) {

	static QualityScoreView of(QualityScore score, String basis) {
		return new QualityScoreView(score.value() == null ? null : AgentJson.round(score.value()),
				score.low() == null || score.high() == null ? null
						: new double[] { AgentJson.round(score.low()), AgentJson.round(score.high()) },
				score.n(), basis);
	}
}
