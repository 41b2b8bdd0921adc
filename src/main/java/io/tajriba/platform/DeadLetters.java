package io.tajriba.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The items background jobs could not do, one open letter per item: a job records its failure and goes on with
 * the other items, an admin lists the workspace's letters and retries one through the handler of its kind. A
 * letter is written in a transaction of its own, so it stays when the failed work rolls back. Only the error's
 * message is kept; the stack trace goes to the log.
 */
@Component
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
	static final int LONGEST_ERROR = 500;

	/** A failed item: its last error, how often it failed, and when it was resolved (null while open). */
	public record DeadLetter(UUID id, UUID workspaceId, String kind, String itemKey, String error, int attempts,
			Instant firstFailedAt, Instant lastFailedAt, @Nullable Instant resolvedAt) {

		public boolean open() {
			return resolvedAt == null;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate own;
	private final ObjectProvider<DeadLetterHandler> handlers;

	DeadLetters(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			ObjectProvider<DeadLetterHandler> handlers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.handlers = handlers;
	}

	/**
	 * Does one workspace's part of a job for each workspace, each alone: a workspace that fails gets (or adds an
	 * attempt to) its open letter of this kind and key and holds up no other; one that succeeds again has its letter
	 * resolved. Answers how many failed.
	 */
	public int eachWorkspace(Iterable<UUID> workspaceIds, String kind, String itemKey,
			java.util.function.Consumer<UUID> work) {
		java.util.Set<UUID> failing = new java.util.HashSet<>();
		open(kind).forEach(letter -> failing.add(letter.workspaceId()));
		int failed = 0;
		for (UUID workspaceId : workspaceIds) {
			try {
				work.accept(workspaceId);
				if (failing.contains(workspaceId)) {
					resolve(workspaceId, kind, itemKey);
				}
			}
			catch (RuntimeException e) {
				record(workspaceId, kind, itemKey, e);
				failed++;
			}
		}
		return failed;
	}

	/** Records a failure of the item: a new open letter, or one more attempt of the open one. */
	public void record(UUID workspaceId, String kind, String itemKey, Throwable error) {
		log.warn("{} {} of workspace {} failed", kind, itemKey, workspaceId, error);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		own.executeWithoutResult(status -> jdbc.sql("""
				insert into dead_letters (workspace_id, kind, item_key, error, attempts, first_failed_at, last_failed_at)
				values (:workspace, :kind, :key, :error, 1, :now, :now)
				on conflict (workspace_id, kind, item_key) where resolved_at is null
				do update set error = excluded.error, attempts = dead_letters.attempts + 1,
				  last_failed_at = excluded.last_failed_at""")
			.param("workspace", workspaceId).param("kind", kind).param("key", itemKey)
			.param("error", message(error)).param("now", now)
			.update());
	}

	/** Marks the item's open letter resolved, if it has one: it was done after all. */
	public void resolve(UUID workspaceId, String kind, String itemKey) {
		jdbc.sql("""
				update dead_letters set resolved_at = :now
				where workspace_id = :workspace and kind = :kind and item_key = :key and resolved_at is null""")
			.param("workspace", workspaceId).param("kind", kind).param("key", itemKey)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
	}

	/** The item's open letter, if it has one. */
	public Optional<DeadLetter> open(UUID workspaceId, String kind, String itemKey) {
		return jdbc.sql("""
				select * from dead_letters
				where workspace_id = :workspace and kind = :kind and item_key = :key and resolved_at is null""")
			.param("workspace", workspaceId).param("kind", kind).param("key", itemKey)
			.query(DeadLetters::map).optional();
	}

	/** The open letters of a kind in every workspace, for a job that resolves those it gets done. */
	public List<DeadLetter> open(String kind) {
		return jdbc.sql("select * from dead_letters where kind = :kind and resolved_at is null")
			.param("kind", kind).query(DeadLetters::map).list();
	}

	/** The workspace's letters, the most recent failure first; resolved ones too if asked. */
	public List<DeadLetter> list(UUID workspaceId, boolean includeResolved, int limit) {
		return jdbc.sql("""
				select * from dead_letters where workspace_id = :workspace and (:all or resolved_at is null)
				order by last_failed_at desc, id limit :limit""")
			.param("workspace", workspaceId).param("all", includeResolved).param("limit", limit)
			.query(DeadLetters::map).list();
	}

	public Optional<DeadLetter> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from dead_letters where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(DeadLetters::map).optional();
	}

	/**
	 * Tries the letter's item again through its kind's handler: resolved when it succeeds, one more attempt with
	 * the new error when it fails. A letter of another workspace is not found; a resolved one is left as it is.
	 */
	public DeadLetter retry(UUID workspaceId, UUID id) {
		DeadLetter letter = find(workspaceId, id).orElseThrow(() -> new NotFoundException("Dead letter " + id));
		if (!letter.open()) {
			return letter;
		}
		try {
			handlers.orderedStream().filter(h -> h.kind().equals(letter.kind())).findFirst()
				.orElseThrow(() -> new IllegalStateException("nothing retries " + letter.kind()))
				.retry(workspaceId, letter.itemKey());
			resolve(workspaceId, letter.kind(), letter.itemKey());
		}
		catch (RuntimeException e) {
			record(workspaceId, letter.kind(), letter.itemKey(), e);
		}
		return find(workspaceId, id).orElseThrow();
	}

	/** The error as a reader sees it: its kind and message, short, without a stack trace. */
	static String message(Throwable error) {
		String message = error.getMessage();
		if (error instanceof InvalidFieldException invalid) {
			message = invalid.field() + " " + message;
		}
		String text = error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
		return text.length() <= LONGEST_ERROR ? text : text.substring(0, LONGEST_ERROR - 1) + "…";
	}

	private static DeadLetter map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
		return new DeadLetter(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("kind"), rs.getString("item_key"), rs.getString("error"), rs.getInt("attempts"),
				rs.getObject("first_failed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("last_failed_at", OffsetDateTime.class).toInstant(),
				resolved == null ? null : resolved.toInstant());
	}
}
