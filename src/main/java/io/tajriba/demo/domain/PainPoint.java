package io.tajriba.demo.domain;

import java.util.List;

/**
 * The touchpoints where the demo company fails its customers: a bad experience there is more frequent and far more
 * often followed by churn than a bad experience anywhere else. Journey analysis should rank them first.
 */
public record PainPoint(String channel, String touchpoint, double badShare, double churnAfterBad) {

	public static final PainPoint IVR_BILLING = new PainPoint("call_center", "IVR billing", 0.35, 0.45);
	public static final PainPoint WEB_CHECKOUT = new PainPoint("web", "checkout", 0.20, 0.35);
	public static final PainPoint BRANCH_SHIRAZ = new PainPoint("store", "branch Shiraz-1", 0.30, 0.40);

	public static final List<PainPoint> PLANTED = List.of(IVR_BILLING, WEB_CHECKOUT, BRANCH_SHIRAZ);

	/** Anywhere else: bad experiences are rarer and seldom make a customer leave. */
	public static final double USUAL_BAD_SHARE = 0.08;
	public static final double USUAL_CHURN_AFTER_BAD = 0.04;

	public static PainPoint at(String channel, String touchpoint) {
		return PLANTED.stream().filter(p -> p.channel.equals(channel) && p.touchpoint.equals(touchpoint)).findFirst()
			.orElse(new PainPoint(channel, touchpoint, USUAL_BAD_SHARE, USUAL_CHURN_AFTER_BAD));
	}

	public boolean planted() {
		return PLANTED.contains(this);
	}
}
