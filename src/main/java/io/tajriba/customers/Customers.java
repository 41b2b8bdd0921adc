package io.tajriba.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import io.tajriba.customers.internal.CustomerDirectory;
import io.tajriba.customers.internal.CustomerFigures;
import io.tajriba.customers.internal.CustomerIngest;
import io.tajriba.customers.internal.CustomerSignals;
import io.tajriba.customers.internal.CustomerStore;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Finding customers for other modules: by external id (created on first sight), and their profiles. */
@Service
public class Customers {

	private final CustomerStore store;
	private final CustomerIngest ingest;
	private final CustomerDirectory directory;
	private final CustomerFigures figures;
	private final CustomerSignals signals;

	Customers(CustomerStore store, CustomerIngest ingest, CustomerDirectory directory, CustomerFigures figures,
			CustomerSignals signals) {
		this.figures = figures;
		this.signals = signals;
		this.store = store;
		this.ingest = ingest;
		this.directory = directory;
	}

	/** Creates or updates profiles exactly as the API does, merging profiles that share an identity. */
	public IngestReport record(UUID workspaceId, List<Row> rows) {
		return io.tajriba.platform.Retries.onConflict(() -> ingest.ingest(workspaceId, rows));
	}

	/** The customer of each external id; ids never seen before get a new profile. One statement per batch. */
	public Map<String, UUID> resolve(UUID workspaceId, Collection<String> externalIds) {
		return externalIds.isEmpty() ? Map.of() : store.resolve(workspaceId, externalIds);
	}

	/** Adds newly recorded interactions to the customers' first and last contact, counts and revenue. */
	public void recordActivity(UUID workspaceId, List<CustomerActivity> activity) {
		store.recordActivity(workspaceId, activity);
	}

	/** Every customer's attributes (a JSON object), one customer at a time. */
	public void attributes(UUID workspaceId, BiConsumer<UUID, String> each) {
		store.attributes(workspaceId, each);
	}

	/** The customers grouped by their value of one attribute (the {@code most} commonest values), for breakdowns. */
	public Map<String, java.util.Set<UUID>> byAttribute(UUID workspaceId, String key, int most) {
		return store.byAttribute(workspaceId, key, most);
	}

	/** Every customer's revenue, purchases and churn, one at a time (for returns on experience). */
	public void values(UUID workspaceId, java.util.function.Consumer<CustomerValue> each) {
		store.values(workspaceId, each);
	}

	/** How many customers the workspace has, how many of them churned, bought, and bought more than once. */
	public record Headcount(long customers, long churned, long purchasers, long repeatPurchasers) {
	}

	public Headcount headcount(UUID workspaceId) {
		return figures.headcount(workspaceId);
	}

	/** The customers a period began with (known, not lost before it) and how many of them it lost. */
	public record PeriodChurn(long atStart, long churned) {
	}

	/** {@link PeriodChurn} of [from, to), of {@code only} these customers when given (a persona's). */
	public PeriodChurn churn(UUID workspaceId, java.time.Instant from, java.time.Instant to,
			@Nullable Set<UUID> only) {
		return figures.churn(workspaceId, from, to, only);
	}

	/** A group's customers: how many, their revenue's mean and standard deviation, repurchasers, churned. */
	public record GroupValues(int group, long customers, double revenueMean, double revenueDeviation,
			long repurchased, long churned) {
	}

	/** Keeps each customer's latest NPS answer (by time, then the higher score), for grouping them by loyalty. */
	public void recordNps(UUID workspaceId, Collection<NpsAnswer> answers) {
		signals.recordNps(workspaceId, answers);
	}

	/** Sets the sentiment of these customers' latest texts (as the text analytics found it). */
	public void recordSentiment(UUID workspaceId, Collection<SentimentMark> marks) {
		signals.recordSentiment(workspaceId, marks);
	}

	/**
	 * Revenue, repurchase and churn summed per group of the customers who have a value of the signal, each in the
	 * group {@code groupOfValue[value - signal.min()]} of their latest value.
	 */
	public List<GroupValues> valuesByLatest(UUID workspaceId, Signal signal, int[] groupOfValue) {
		return signals.valuesByLatest(workspaceId, signal, groupOfValue);
	}

	/** Revenue, repurchase and churn summed per group, for the customers given a group (others are left out). */
	public List<GroupValues> valuesByGroup(UUID workspaceId, Map<UUID, Integer> groups) {
		return figures.valuesByGroup(workspaceId, groups);
	}

	public Optional<CustomerProfile> profile(UUID workspaceId, String ref) {
		return store.profile(workspaceId, ref);
	}

	/** Whether the workspace has this customer: what pages about one customer check before answering. */
	public boolean exists(UUID workspaceId, UUID customerId) {
		return directory.exists(workspaceId, customerId);
	}

	/** The external id of each of these customers, to show them by a name people know; unknown ids are left out. */
	public Map<UUID, String> externalIds(UUID workspaceId, Collection<UUID> customerIds) {
		return directory.externalIds(workspaceId, customerIds);
	}
}
