package io.tajriba.journeys.domain;

/**
 * The customers and interactions one funnel counts: a persona code (or {@link #ANY}), online or offline channels,
 * and one channel code (or {@link #ANY}). The persona picks customers; the channel filters interactions, so that
 * "store loyalists offline" follows those customers through their store and call-centre contacts only.
 */
public record FunnelSegment(int persona, ChannelKind kind, int channel) {

	public static final int ANY = -1;
	public static final FunnelSegment ALL = new FunnelSegment(ANY, ChannelKind.ANY, ANY);

	public FunnelSegment {
		if (persona < ANY || channel < ANY || kind == null) {
			throw new IllegalArgumentException("persona and channel are codes or ANY, and a kind is required");
		}
	}

	public static FunnelSegment persona(int persona, ChannelKind kind) {
		return new FunnelSegment(persona, kind, ANY);
	}

	boolean includesCustomer(int customerPersona) {
		return persona == ANY || persona == customerPersona;
	}

	boolean includesRow(JourneyEvents events, int row) {
		return kind.matches(events.online(row)) && (channel == ANY || channel == events.channel(row));
	}
}
