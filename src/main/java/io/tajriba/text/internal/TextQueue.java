package io.tajriba.text.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable queue of texts to analyse, worked through by {@link TextBatches} a workspace's batch at a time; a
 * text stays queued until its analysis commits. When the queue is empty, texts analysed by an older model are
 * queued again, a batch at a time, which is how a new model reaches every stored text.
 */
@Component
public class TextQueue {

	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final TextEngine engine;
	private final Clock clock;
	private final TextBatches batches;

	TextQueue(JdbcClient jdbc, TextEngine engine, Clock clock, TextBatches batches) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.clock = clock;
		this.batches = batches;
	}

	/** A text to analyse, from a source and field; {@code occurredAt} null for now; the customer if known. */
	public record Item(UUID workspaceId, String sourceKind, String sourceId, String field, String text,
			@Nullable Instant occurredAt, @Nullable UUID customerId) {
	}

	/** Queues (or replaces) a text in the caller's transaction. */
	public void enqueue(Item item) {
		var now = clock.instant();
		jdbc.sql("""
				insert into text_queue (workspace_id, source_kind, source_id, field, text, occurred_at, enqueued_at,
				  customer_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (workspace_id, source_kind, source_id, field)
				do update set text = excluded.text, occurred_at = excluded.occurred_at, enqueued_at = excluded.enqueued_at,
				  customer_id = excluded.customer_id, held = false""")
			.params(item.workspaceId(), item.sourceKind(), item.sourceId(), item.field(), item.text(),
					Timestamp.from(item.occurredAt() == null ? now : item.occurredAt()), Timestamp.from(now),
					item.customerId())
			.update();
	}

	/** Queues many texts of one workspace in one statement (their sources distinct), as {@link #enqueue} does. */
	public void enqueueAll(UUID workspaceId, String sourceKind, List<Item> items) {
		if (items.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into text_queue (workspace_id, source_kind, source_id, field, text, occurred_at, enqueued_at,
				  customer_id)
				select :workspace, :kind, t.id, t.field, t.text, t.at, :now, t.customer
				from unnest(cast(:ids as text[]), cast(:fields as text[]), cast(:texts as text[]),
				            cast(:ats as timestamptz[]), cast(:customers as uuid[])) as t(id, field, text, at, customer)
				on conflict (workspace_id, source_kind, source_id, field)
				do update set text = excluded.text, occurred_at = excluded.occurred_at, enqueued_at = excluded.enqueued_at,
				  customer_id = excluded.customer_id, held = false""")
			.param("workspace", workspaceId).param("kind", sourceKind).param("now", Timestamp.from(now))
			.param("ids", items.stream().map(Item::sourceId).toArray(String[]::new))
			.param("fields", items.stream().map(Item::field).toArray(String[]::new))
			.param("texts", items.stream().map(Item::text).toArray(String[]::new))
			.param("ats", items.stream().map(i -> Timestamp.from(i.occurredAt() == null ? now : i.occurredAt()))
				.toArray(Timestamp[]::new))
			.param("customers", items.stream().map(Item::customerId).toArray(UUID[]::new))
			.update();
	}

	/** Analyses queued texts until the queue is empty or the time is up; answers how many. */
	public int drain(Duration budget) {
		var until = clock.instant().plus(budget);
		int total = 0;
		int done;
		do {
			done = processBatch();
			total += done;
		} while (done > 0 && clock.instant().isBefore(until));
		return total;
	}

	/** Analyses a batch of each workspace with texts waiting, each in its own transaction; answers how many. */
	int processBatch() {
		return batches.run();
	}

	/** Queues up to {@code limit} texts that an older model analysed; answers how many. */
	public int requeueOutdated(int limit) {
		return jdbc.sql("""
				insert into text_queue (workspace_id, source_kind, source_id, field, text, occurred_at, enqueued_at,
				  customer_id)
				select workspace_id, source_kind, source_id, field, text, occurred_at, ?, customer_id
				from text_analyses where model_version <> ? limit ?
				on conflict do nothing""")
			.params(Timestamp.from(clock.instant()), engine.version(), limit)
			.update();
	}

	public long queued(UUID workspaceId) {
		return jdbc.sql("select count(*) from text_queue where workspace_id = ?").param(workspaceId)
			.query(Long.class).single();
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> textAnalysis(TextQueue queue) {
			return Tasks.recurring("text-analysis", FixedDelay.ofSeconds(2)).execute((instance, context) -> {
				if (queue.drain(Duration.ofSeconds(20)) == 0) {
					queue.requeueOutdated(5 * BATCH);
				}
			});
		}
	}
}
