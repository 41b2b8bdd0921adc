package io.tajriba.interactions;

import java.time.Instant;

/**
 * An interaction as exports read it: when it was received (with its event id, the key that orders every
 * interaction of a workspace by arrival) and the interaction itself.
 */
public record ReceivedInteraction(Key key, InteractionView interaction) {

	/** The place of an interaction in the order of arrival: received instant, then event id. */
	public record Key(Instant receivedAt, String eventId) {
	}
}
