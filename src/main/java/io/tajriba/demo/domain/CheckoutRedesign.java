package io.tajriba.demo.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The demo company's finished initiative, planted in its answers: the web checkout is redesigned
 * {@value #LAUNCH_WEEKS_BEFORE_END} weeks before the history ends, and from then on nine in ten of the lukewarm 3s
 * (of 5) that buyers without a failed payment would give it become 4s and 5s. Nothing else changes: the app's cart
 * and the stores keep their satisfaction, which makes them the controls.
 */
public final class CheckoutRedesign {

	public static final int LAUNCH_WEEKS_BEFORE_END = 20;

	/** The weeks of baseline before the launch and of measurement after it. */
	public static final int WEEKS = 16;

	public static final double UPGRADED = 0.9;

	private CheckoutRedesign() {
	}

	/** The start of the launch day (UTC) for a history ending at {@code end}. */
	public static Instant launch(Instant end) {
		return end.minus(Duration.ofDays(7L * LAUNCH_WEEKS_BEFORE_END));
	}

	/**
	 * The rise of CSAT (the share of 4s and 5s, in points) at the web checkout that the redesign plants. Of the
	 * checkouts that fail (a share b), half of the buyers leave and half buy on and answer 1 to 3; so among the
	 * answers a share f = b/2 ÷ (1 − b/2) comes after a failure, and the others answer 3, 4 or 5 alike. Moving
	 * {@link #UPGRADED} of the 3s up raises the satisfied share of those by UPGRADED/3: (1 − f) · UPGRADED/3 · 100.
	 */
	public static double plantedEffect() {
		double b = PainPoint.WEB_CHECKOUT.badShare();
		double failedAmongAnswers = b / 2 / (1 - b / 2);
		return (1 - failedAmongAnswers) * UPGRADED / 3 * 100;
	}

	/**
	 * The CSAT a buyer gives the checkout: {@code drawn}, or after the launch a 3 after a good checkout moved up,
	 * decided by the response's own id so that no other answer of the company changes.
	 */
	static int csat(String responseId, int drawn, boolean bad, boolean redesigned) {
		if (!redesigned || bad || drawn != 3) {
			return drawn;
		}
		SplittableRandom own = new SplittableRandom(responseId.hashCode() * 0x9E3779B97F4A7C15L);
		return own.nextDouble() < UPGRADED ? own.nextInt(4, 6) : 3;
	}
}
