package io.tajriba.interactions;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.interactions.internal.BehaviourQueries;
import io.tajriba.interactions.internal.ChannelCatalog;
import io.tajriba.interactions.internal.InteractionFeed;
import io.tajriba.interactions.internal.InteractionIngest;
import io.tajriba.interactions.internal.InteractionQueries;
import io.tajriba.interactions.internal.JourneyRowQueries;
import io.tajriba.interactions.internal.PurchaserCache;
import io.tajriba.interactions.internal.TotalsQueries;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Recording and reading interactions, for other modules (imports, the demo company, journeys). */
@Service
public class Interactions {

	private final InteractionIngest ingest;
	private final InteractionQueries queries;
	private final BehaviourQueries behaviour;
	private final TotalsQueries totals;
	private final JourneyRowQueries journeyRows;
	private final ChannelCatalog channels;
	private final InteractionFeed feed;
	private final PurchaserCache purchasers;

	Interactions(InteractionIngest ingest, InteractionQueries queries, BehaviourQueries behaviour,
			TotalsQueries totals, JourneyRowQueries journeyRows, ChannelCatalog channels, InteractionFeed feed,
			PurchaserCache purchasers) {
		this.feed = feed;
		this.purchasers = purchasers;
		this.channels = channels;
		this.journeyRows = journeyRows;
		this.totals = totals;
		this.ingest = ingest;
		this.queries = queries;
		this.behaviour = behaviour;
	}

	/** Records a batch of rows exactly as the API does: idempotent, bad rows reported and kept for replay. */
	public IngestReport record(UUID workspaceId, List<Row> rows) {
		return ingest.ingest(workspaceId, rows);
	}

	/** Each customer's behaviour, one customer at a time, for personas and clustering. */
	public void behaviour(UUID workspaceId, Consumer<CustomerBehaviour> each) {
		behaviour.each(workspaceId, each);
	}

	/** The interactions that occurred in [from, to), summed per type, with the period's purchasers. */
	public InteractionTotals totals(UUID workspaceId, java.time.Instant from, java.time.Instant to) {
		return totals.totals(workspaceId, from, to);
	}

	/** How many channels and touchpoints (by name) had interactions in a period. */
	public record Reach(long channels, long touchpoints) {
	}

	/** The channels and touchpoint names with interactions that occurred in [from, to). */
	public Reach reach(UUID workspaceId, java.time.Instant from, java.time.Instant to) {
		return totals.reach(workspaceId, from, to);
	}

	/** {@link Purchasers} of [from, to): of these customers, channel and touchpoint when given (null: all). */
	public Purchasers purchasers(UUID workspaceId, java.time.Instant from, java.time.Instant to,
			@Nullable String channel, @Nullable String touchpoint, java.util.@Nullable Set<UUID> only) {
		if (only != null) {
			return totals.purchasers(workspaceId, from, to, channel, touchpoint, only);
		}
		return purchasers.get(new PurchaserCache.Key(workspaceId, from, to, channel, touchpoint),
				feed.lastReceived(workspaceId), () -> totals.purchasers(workspaceId, from, to, channel, touchpoint, null));
	}

	/**
	 * How many customers had an interaction in [from, to) at any of these channels (keys), touchpoints (names) or
	 * agents: {@code dimension} channel, touchpoint or agent.
	 */
	public long customersAt(UUID workspaceId, java.time.Instant from, java.time.Instant to, String dimension,
			java.util.Set<String> values) {
		return totals.customersAt(workspaceId, from, to, dimension, values);
	}

	public java.util.Optional<InteractionView> find(UUID workspaceId, String eventId) {
		return queries.find(workspaceId, eventId);
	}

	/**
	 * The interactions of the batch an {@link InteractionsRecorded} announced, of these types, streamed: what alert
	 * rules on interactions read.
	 */
	public void recorded(InteractionsRecorded batch, java.time.Instant from, java.util.Set<String> types,
			Consumer<InteractionView> each) {
		if (!types.isEmpty() && !from.isAfter(batch.to())) {
			queries.batch(batch.workspaceId(), batch.receivedAt(), from.isBefore(batch.from()) ? batch.from() : from,
					batch.to(), types, each);
		}
	}

	/** The distinct agents the interactions of the batch an {@link InteractionsRecorded} announced name. */
	public List<String> agentsOf(InteractionsRecorded batch) {
		return queries.agentsOf(batch.workspaceId(), batch.receivedAt(), batch.from(), batch.to());
	}

	/** The interactions of these types (all when empty) that occurred in [from, to), oldest first, streamed. */
	public void between(UUID workspaceId, java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
			int limit, Consumer<InteractionView> each) {
		queries.between(workspaceId, from, to, types, limit, each);
	}

	/**
	 * The interactions of [from, to) that name the agent who served them, with their channel, ordered by agent and
	 * time and streamed: one read of a workspace's week for its review sample.
	 */
	public void served(UUID workspaceId, java.time.Instant from, java.time.Instant to,
			Consumer<ServedInteraction> each) {
		queries.served(workspaceId, from, to, each);
	}

	public List<InteractionView> list(UUID workspaceId, InteractionFilter filter) {
		return queries.list(workspaceId, filter);
	}

	/**
	 * Every interaction that has a customer, in customer-then-time order (of one customer when
	 * {@code customerId} is given), streamed rather than collected: journeys read millions of them.
	 */
	public void journeyRows(UUID workspaceId, @Nullable UUID customerId, Consumer<JourneyRow> each) {
		journeyRows.each(workspaceId, customerId, each);
	}

	/**
	 * The interactions with a customer among these event ids, as journey rows by event id (ids unknown or of
	 * interactions without a customer are left out): what ties a survey answer to the visit it was asked about.
	 */
	public java.util.Map<String, JourneyRow> journeyRows(UUID workspaceId, java.util.Collection<String> eventIds) {
		return journeyRows.find(workspaceId, eventIds);
	}

	/**
	 * The keys of the workspace's channels whose kind is online (set on each channel, editable); every other channel
	 * is offline.
	 */
	public java.util.Set<String> onlineChannels(UUID workspaceId) {
		return channels.onlineChannelKeys(workspaceId);
	}

	/** The names of the workspace's touchpoints (of any channel), as its interactions recorded them. */
	public List<String> touchpointNames(UUID workspaceId) {
		return channels.touchpointNames(workspaceId);
	}

	/**
	 * For exports: the key of the {@code limit}-th interaction received after {@code after} (from the first when
	 * null; the last one if fewer), of those that occurred in [from, to) when given; empty if none.
	 */
	public java.util.Optional<ReceivedInteraction.Key> receivedPageEnd(UUID workspaceId,
			ReceivedInteraction.@Nullable Key after, int limit, java.time.@Nullable Instant from,
			java.time.@Nullable Instant to) {
		return feed.pageEnd(workspaceId, after, limit, from, to);
	}

	/**
	 * For exports: the interactions received after {@code after} up to {@code upTo} included (either unbounded when
	 * null) in order of arrival, of those that occurred in [from, to) when given, a page at a time (at most 1,000).
	 */
	public void receivedAfter(UUID workspaceId, ReceivedInteraction.@Nullable Key after,
			ReceivedInteraction.@Nullable Key upTo, java.time.@Nullable Instant from, java.time.@Nullable Instant to,
			Consumer<List<ReceivedInteraction>> page) {
		feed.after(workspaceId, after, upTo, from, to, page);
	}

	/** For exports: how many interactions there are, of those that occurred in [from, to) when given. */
	public long receivedCount(UUID workspaceId, java.time.@Nullable Instant from, java.time.@Nullable Instant to) {
		return feed.count(workspaceId, from, to);
	}

	/**
	 * When the workspace last received an interaction (empty before its first): a cheap sign that its interactions
	 * changed, read from the index in arrival order.
	 */
	public java.util.Optional<java.time.Instant> lastReceived(UUID workspaceId) {
		return feed.lastReceived(workspaceId);
	}
}
