package io.tajriba.text.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.platform.DeadLetters;
import io.tajriba.text.TextAnalysed;
import io.tajriba.text.internal.TextQueue.Item;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses the queued texts a workspace at a time. Each workspace's batch is taken ({@code for update skip locked},
 * so nodes share the work), analysed, stored and deleted from the queue in a transaction of its own: a crash
 * mid-batch rolls back and the texts stay queued. A batch that fails is done again one text at a time, and a text
 * that fails alone is held in the queue with a dead letter, so no text or workspace stops the others; a workspace
 * whose settings cannot be read waits with a dead letter of its own ({@link TextSettingsCheck}).
 */
@Component
class TextBatches {

	/** A queued text's place: its source and field; as a dead letter's item key {@code kind/field/sourceId}. */
	record Key(String sourceKind, String sourceId, String field) {

		String itemKey() {
			return sourceKind + "/" + field + "/" + sourceId;
		}

		static Key of(String itemKey) {
			String[] parts = itemKey.split("/", 3);
			if (parts.length < 3) {
				throw new IllegalArgumentException("not a text's key: " + itemKey);
			}
			return new Key(parts[0], parts[2], parts[1]);
		}
	}

	private final JdbcClient jdbc;
	private final TextEngine engine;
	private final WorkspaceText workspaces;
	private final TextResults results;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Customers customers;
	private final DeadLetters deadLetters;
	private final TextSettingsCheck settings;
	private final Corrections corrections;

	TextBatches(JdbcClient jdbc, TextEngine engine, WorkspaceText workspaces, TextResults results,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, Customers customers,
			DeadLetters deadLetters, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.engine = engine;
		this.workspaces = workspaces;
		this.results = results;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.customers = customers;
		this.deadLetters = deadLetters;
		this.settings = new TextSettingsCheck(workspaces, deadLetters, clock);
	}

	/** Analyses a batch of each workspace with texts waiting, each in its own transaction; answers how many. */
	int run() {
		int done = 0;
		for (UUID workspaceId : waiting()) {
			if (settings.usable(workspaceId)) {
				done += process(workspaceId);
			}
		}
		return done;
	}

	/** The workspaces with texts that are not held, found by skipping along the primary key. */
	private List<UUID> waiting() {
		return jdbc.sql("""
				with recursive w(id) as (
				  (select workspace_id from text_queue where not held order by workspace_id limit 1)
				  union all
				  select (select workspace_id from text_queue where workspace_id > w.id and not held
				    order by workspace_id limit 1)
				  from w where w.id is not null)
				select id from w where id is not null""")
			.query(UUID.class).list();
	}

	private int process(UUID workspaceId) {
		try {
			Integer done = transaction.execute(status -> analyse(workspaceId, take(workspaceId)));
			return done == null ? 0 : done;
		}
		catch (RuntimeException e) {
			// one text spoilt the batch: each alone, so that only the failing ones are held
			return oneByOne(workspaceId);
		}
	}

	private int oneByOne(UUID workspaceId) {
		if (!settings.usable(workspaceId)) {
			return 0;  // the settings broke meanwhile: the workspace waits, its texts are not to blame
		}
		var keys = jdbc.sql("""
				select source_kind, source_id, field from text_queue where workspace_id = ? and not held
				order by enqueued_at limit ?""")
			.params(workspaceId, TextQueue.BATCH)
			.query((rs, n) -> new Key(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		for (var key : keys) {
			try {
				transaction.executeWithoutResult(status -> analyse(workspaceId, takeOne(workspaceId, key, true)));
			}
			catch (RuntimeException e) {
				hold(workspaceId, key);
				deadLetters.record(workspaceId, TextDeadLetters.TEXT, key.itemKey(), e);
			}
		}
		return keys.size();
	}

	TextSettingsCheck settings() {
		return settings;
	}

	/** Analyses one held (or queued) text now, in its own transaction; throws if it fails again. */
	void retry(UUID workspaceId, Key key) {
		transaction.executeWithoutResult(status -> analyse(workspaceId, takeOne(workspaceId, key, false)));
	}

	private int analyse(UUID workspaceId, List<Item> items) {
		var version = engine.version();
		Set<UUID> writers = new HashSet<>();
		var languages = workspaces.languages(workspaceId);
		var themes = workspaces.themes(workspaceId);
		var adapted = workspaces.adapted(workspaceId);
		boolean corrected = !items.isEmpty() && corrections.any(workspaceId);
		for (var item : items) {
			if (item.customerId() != null) {
				writers.add(item.customerId());
			}
			var model = engine.analyze(item.text(), languages, themes, adapted);
			// an analyst's correction of this text outlives the model's new reading
			var analysis = corrected ? corrections.reapply(item, model, version) : model;
			results.save(item, analysis, version, clock.instant());
			events.publishEvent(new TextAnalysed(item.workspaceId(), item.sourceKind(), item.sourceId(),
					item.field(), analysis.language(), analysis.sentiment(), analysis.score(), analysis.emotions(),
					analysis.themes(), item.customerId(), item.occurredAt(), TextAnalysed.excerpt(item.text())));
		}
		// the customers' latest sentiment, found again among all their texts: a text analysed late (or again,
		// by a new model) counts only if it is their latest
		if (!writers.isEmpty()) {
			customers.recordSentiment(workspaceId, results.latestSentiment(workspaceId, writers));
		}
		return items.size();
	}

	private static final String RETURNING = " returning workspace_id, source_kind, source_id, field, text, "
			+ "occurred_at, customer_id";

	private List<Item> take(UUID workspaceId) {
		return jdbc.sql("""
				delete from text_queue where (workspace_id, source_kind, source_id, field) in (
				  select workspace_id, source_kind, source_id, field from text_queue where workspace_id = ? and not held
				  order by enqueued_at limit ? for update skip locked)""" + RETURNING)
			.params(workspaceId, TextQueue.BATCH)
			.query(TextBatches::item)
			.list();
	}

	/** Takes one text, skipping it if another node has it ({@code skipLocked}), held or not. */
	private List<Item> takeOne(UUID workspaceId, Key key, boolean skipLocked) {
		return jdbc.sql("""
				delete from text_queue where (workspace_id, source_kind, source_id, field) in (
				  select workspace_id, source_kind, source_id, field from text_queue
				  where workspace_id = ? and source_kind = ? and source_id = ? and field = ?
				  for update""" + (skipLocked ? " skip locked)" : ")") + RETURNING)
			.params(workspaceId, key.sourceKind(), key.sourceId(), key.field())
			.query(TextBatches::item)
			.list();
	}

	private void hold(UUID workspaceId, Key key) {
		jdbc.sql("""
				update text_queue set held = true
				where workspace_id = ? and source_kind = ? and source_id = ? and field = ?""")
			.params(workspaceId, key.sourceKind(), key.sourceId(), key.field())
			.update();
	}

	private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class));
	}
}
