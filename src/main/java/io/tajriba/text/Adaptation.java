package io.tajriba.text;

import java.time.Instant;

/**
 * The outcome of adapting one language's sentiment to a workspace: texts trained on and held out, accuracy of
 * the shipped and the adapted model on the held-out texts, and whether the adapted one is kept (it is when it
 * is more accurate). Too few rated texts (fewer than 40, or 10 of a kind) train nothing.
 */
public record Adaptation(String language, int trainTexts, int heldOutTexts, double accuracyBefore,
		double accuracyAfter, boolean kept, Instant trainedAt) {
}
