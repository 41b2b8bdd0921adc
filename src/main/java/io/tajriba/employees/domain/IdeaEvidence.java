package io.tajriba.employees.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the customers' data says about the pain an idea addresses: the relative risk of churn after a bad experience
 * at its touchpoint (or, without one, its stage) against one elsewhere, with its 95% interval and the customers
 * exposed, and the importance of its theme (or driver) for NPS, in percent of R². Either may be unknown.
 * <p>
 * The score puts the two on one scale: the excess risk at the least, the lower end of the interval above 1 (0 when
 * the interval reaches 1 or below: no clear pain), plus the importance as a share (0 to 1). An idea at a touchpoint
 * where churn is at least 1.5 times as likely scores 0.5; one whose theme explains a fifth of NPS scores 0.2.
 */
public record IdeaEvidence(@Nullable Pain pain, @Nullable Double importance) {

	public static final IdeaEvidence NONE = new IdeaEvidence(null, null);

	/** A relative risk with its 95% interval and the customers with a bad experience there. */
	public record Pain(String kind, String name, double relativeRisk, double ciLow, double ciHigh, long exposed) {
	}

	public double score() {
		double excess = pain == null ? 0 : Math.max(0, pain.ciLow() - 1);
		double share = importance == null ? 0 : Math.max(0, importance) / 100;
		return excess + share;
	}

	/**
	 * The evidence of an idea tagged with this stage, touchpoint and theme: the touchpoint's pain when known, else
	 * the stage's; the theme's importance when known.
	 */
	public static IdeaEvidence of(@Nullable String stage, @Nullable String touchpoint, @Nullable String theme,
			Map<String, Pain> stages, Map<String, Pain> touchpoints, Map<String, Double> importance) {
		Pain pain = touchpoint == null ? null : touchpoints.get(touchpoint);
		if (pain == null && stage != null) {
			pain = stages.get(stage);
		}
		Double weight = theme == null ? null : importance.get(theme);
		return new IdeaEvidence(pain, weight);
	}
}
