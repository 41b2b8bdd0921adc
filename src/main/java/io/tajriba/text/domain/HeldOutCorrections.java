package io.tajriba.text.domain;

import java.util.UUID;

/**
 * A fixed fifth of the corrected texts, chosen by the analysed text's id, that adaptation never learns from: the
 * adapted model is scored on them, in every adaptation and on the accuracy figures, so its accuracy on corrected
 * texts is never measured on texts it was trained on.
 */
public final class HeldOutCorrections {

	private static final int ONE_IN = 5;

	private HeldOutCorrections() {
	}

	public static boolean heldOut(UUID analysisId) {
		return Math.floorMod(analysisId.getMostSignificantBits() ^ analysisId.getLeastSignificantBits(), ONE_IN) == 0;
	}
}
