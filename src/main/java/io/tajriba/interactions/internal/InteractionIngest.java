package io.tajriba.interactions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.customers.CustomerActivity;
import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionObserver;
import io.tajriba.interactions.InteractionsRecorded;
import io.tajriba.interactions.domain.InteractionRow;
import io.tajriba.interactions.internal.InteractionStore.Staged;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.Rejection;
import io.tajriba.platform.Replayer;
import io.tajriba.platform.Retries;
import io.tajriba.text.TextAnalytics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * A batch of interactions: every row is checked; good rows are stored in one transaction together with the
 * rejected ones and the event that announces them, so the answer is sent only once all of it is committed.
 */
@Service
public class InteractionIngest implements Replayer {

	static final String SOURCE = "interactions";

	private final InteractionStore store;
	private final Customers customers;
	private final RejectedRows rejectedRows;
	private final ApplicationEventPublisher events;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final List<InteractionObserver> observers;
	private final TransactionTemplate transactions;

	private final TextAnalytics text;

	InteractionIngest(InteractionStore store, Customers customers, RejectedRows rejectedRows,
			ApplicationEventPublisher events, ObjectMapper mapper, Clock clock, List<InteractionObserver> observers,
			PlatformTransactionManager transactionManager, TextAnalytics text) {
		this.text = text;
		this.store = store;
		this.customers = customers;
		this.rejectedRows = rejectedRows;
		this.events = events;
		this.mapper = mapper;
		this.clock = clock;
		this.observers = observers;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Checks the rows, resolves their customers (new ones are committed at once, before the batch: the batch's
	 * transaction then needs one connection only, however many batches run side by side), and stores the batch
	 * in one transaction, joining the caller's if there is one.
	 */
	public IngestReport ingest(UUID workspaceId, List<Row> rows) {
		Instant now = clock.instant();
		List<Rejection> rejections = new ArrayList<>();
		Map<Integer, InteractionRow> valid = new java.util.LinkedHashMap<>();
		for (Row row : rows) {
			try {
				valid.put(row.line(), parse(row).checkedAgainst(now));
			}
			catch (InvalidFieldException e) {
				rejections.add(new Rejection(row.line(), e.field(), e.getMessage(), row.raw()));
			}
		}
		Map<String, UUID> customerIds = valid.isEmpty() ? Map.of() : customers.resolve(workspaceId, refs(valid));
		// a deadlock or serialization failure loses the whole transaction: it is run again, not answered 500
		return Retries.onConflict(() -> transactions.execute(tx -> {
			int accepted = valid.isEmpty() ? 0 : store(workspaceId, valid, customerIds, now);
			rejectedRows.store(workspaceId, SOURCE, rejections, now);
			return new IngestReport(accepted, valid.size() - accepted, IngestReport.of(rejections));
		}));
	}

	private static Set<String> refs(Map<Integer, InteractionRow> rows) {
		return rows.values().stream().map(InteractionRow::customer).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional
	public void replay(UUID workspaceId, String raw) {
		Instant now = clock.instant();
		Map<Integer, InteractionRow> row = Map.of(1, parse(BatchReader.parse(1, raw, mapper)).checkedAgainst(now));
		store(workspaceId, row, customers.resolve(workspaceId, refs(row)), now);
	}

	private int store(UUID workspaceId, Map<Integer, InteractionRow> rows, Map<String, UUID> customerIds,
			Instant now) {
		Map<String, Long> channels = store.channels(workspaceId,
				rows.values().stream().map(InteractionRow::channel).collect(Collectors.toSet()));
		Set<Map.Entry<Long, String>> wantedTouchpoints = new HashSet<>();
		rows.values().stream().filter(r -> r.touchpoint() != null)
			.forEach(r -> wantedTouchpoints.add(new SimpleEntry<>(channels.get(r.channel()), r.touchpoint())));
		Map<String, Long> touchpoints = wantedTouchpoints.isEmpty() ? Map.of()
				: store.touchpoints(workspaceId, wantedTouchpoints);

		List<Staged> staged = new ArrayList<>(rows.size());
		rows.forEach((line, r) -> {
			long channel = channels.get(r.channel());
			staged.add(new Staged(line, r, r.customer() == null ? null : customerIds.get(r.customer()), channel,
					r.touchpoint() == null ? null : touchpoints.get(InteractionStore.key(channel, r.touchpoint()))));
		});
		Set<String> inserted = store.insertNew(workspaceId, staged, now);
		if (!inserted.isEmpty()) {
			List<Staged> stored = firstOfEach(staged, inserted);
			customers.recordActivity(workspaceId, activity(stored));
			// reviews, transcripts and other texts go to the text analytics with the rows that carry them
			text.enqueue(workspaceId, "interaction", stored.stream().filter(s -> s.row().text() != null)
				.map(s -> new TextAnalytics.Submitted(s.row().eventId(), "", s.row().text(), s.row().occurredAt(),
						s.customerId()))
				.toList());
			announce(workspaceId, stored, now);
			if (!observers.isEmpty()) {
				List<InteractionObserver.Recorded> recorded = stored.stream().map(s -> new InteractionObserver.Recorded(
						s.row().eventId(), s.customerId(), s.row().type(), s.row().channel(), s.row().touchpoint(),
						s.row().agent(), s.row().occurredAt())).toList();
				observers.forEach(o -> o.recorded(workspaceId, recorded));
			}
		}
		return inserted.size();
	}

	/** The rows actually stored: for an event id sent twice in one batch, its first row. */
	private static List<Staged> firstOfEach(List<Staged> staged, Set<String> inserted) {
		Set<String> seen = new HashSet<>();
		return staged.stream().filter(s -> inserted.contains(s.row().eventId()) && seen.add(s.row().eventId())).toList();
	}

	private static List<CustomerActivity> activity(List<Staged> stored) {
		Map<UUID, List<InteractionRow>> byCustomer = new HashMap<>();
		stored.stream().filter(s -> s.customerId() != null)
			.forEach(s -> byCustomer.computeIfAbsent(s.customerId(), id -> new ArrayList<>()).add(s.row()));
		return byCustomer.entrySet().stream().map(e -> {
			List<InteractionRow> rows = e.getValue();
			Instant first = rows.stream().map(InteractionRow::occurredAt).min(Instant::compareTo).orElseThrow();
			Instant last = rows.stream().map(InteractionRow::occurredAt).max(Instant::compareTo).orElseThrow();
			BigDecimal revenue = rows.stream().map(InteractionRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
			long purchases = rows.stream().filter(r -> r.type().equals("purchase")).count();
			return new CustomerActivity(e.getKey(), first, last, rows.size(), revenue, purchases);
		}).toList();
	}

	private void announce(UUID workspaceId, List<Staged> stored, Instant receivedAt) {
		Instant from = stored.stream().map(s -> s.row().occurredAt()).min(Instant::compareTo).orElseThrow();
		Instant to = stored.stream().map(s -> s.row().occurredAt()).max(Instant::compareTo).orElseThrow();
		Set<String> types = stored.stream().map(s -> s.row().type()).collect(Collectors.toCollection(TreeSet::new));
		events.publishEvent(new InteractionsRecorded(workspaceId, stored.size(), from, to, types, receivedAt));
	}

	static InteractionRow parse(Row row) {
		if (row.json() == null) {
			throw new InvalidFieldException("line", String.valueOf(row.error()));
		}
		JsonFields f = new JsonFields(row.json());
		Instant occurredAt = f.instant("occurredAt");
		if (occurredAt == null) {
			throw new InvalidFieldException("occurredAt", "is required");
		}
		return new InteractionRow(f.requiredText("id", 200), f.text("customer", 200), f.requiredText("type", 40),
				f.requiredText("channel", 40), f.text("touchpoint", 200), occurredAt, f.text("agent", 200),
				f.text("sessionId", 200), f.decimal("value"), f.text("currency", 3), f.integer("durationSeconds"),
				f.text("text", InteractionRow.MAX_TEXT), f.object("properties", 20_000));
	}
}
