package io.tajriba.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.imports.ImportStatus;
import io.tajriba.platform.IngestReport.Rejected;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The imports table: one row per file, its progress updated after each committed batch. */
@Repository
class ImportStore {

	/** Where a running import stands, enough to go on after a restart; when its lease runs out (null: none). */
	record Job(UUID workspaceId, UUID id, String kind, String format, int lastLine, @Nullable Instant leaseUntil) {
	}

	/** The node running an import lost its lease to another: the batch it was writing must not commit. */
	static final class LeaseLost extends RuntimeException {

		LeaseLost(UUID id) {
			super("The lease on import " + id + " has passed to another node");
		}
	}

	private static final TypeReference<List<Rejected>> REJECTED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	ImportStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/** A new import, claimed at once by the node that received its file. */
	UUID create(UUID workspaceId, String kind, String format, String fileName, long size, String createdBy,
			Instant now, String node, Instant leaseUntil) {
		return jdbc.sql("""
				insert into imports (workspace_id, kind, format, file_name, size_bytes, status, created_by, created_at,
				  claimed_by, lease_until)
				values (:workspace, :kind, :format, :name, :size, 'queued', :by, :now, :node, :until) returning id""")
			.param("workspace", workspaceId).param("kind", kind).param("format", format).param("name", fileName)
			.param("size", size).param("by", createdBy).param("now", utc(now)).param("node", node)
			.param("until", utc(leaseUntil))
			.query(UUID.class).single();
	}

	/** Takes an unfinished import whose lease has run out (or that has none); true if this node now holds it. */
	boolean claim(UUID workspaceId, UUID id, String node, Instant now, Instant until) {
		return jdbc.sql("""
				update imports set claimed_by = :node, lease_until = :until
				where workspace_id = :workspace and id = :id and status in ('queued', 'running')
				  and (lease_until is null or lease_until < :now)""")
			.param("workspace", workspaceId).param("id", id).param("node", node).param("now", utc(now))
			.param("until", utc(until)).update() == 1;
	}

	/** Extends the leases this node holds on the imports it is running. */
	void renew(String node, List<UUID> running, Instant until) {
		if (running.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update imports set lease_until = :until
				where claimed_by = :node and id = any(cast(:ids as uuid[])) and status in ('queued', 'running')""")
			.param("node", node).param("ids", running.toArray(UUID[]::new)).param("until", utc(until)).update();
	}

	/** Gives an import up without finishing it (the node is stopping): any node may take it up again at once. */
	void release(UUID workspaceId, UUID id, String node) {
		jdbc.sql("""
				update imports set claimed_by = null, lease_until = null
				where workspace_id = :workspace and id = :id and claimed_by = :node""")
			.param("workspace", workspaceId).param("id", id).param("node", node).update();
	}

	/** Adds a committed batch to the counts and keeps the first rejections for the report. */
	void progress(UUID workspaceId, UUID id, String node, long bytesDone, int rows, int lastLine, int accepted,
			int duplicates, List<Rejected> rejected) {
		int updated = jdbc.sql("""
				update imports set status = 'running', bytes_done = :bytes, rows_done = rows_done + :rows,
				  last_line = :line, accepted = accepted + :accepted, duplicates = duplicates + :duplicates,
				  rejected = rejected + :rejected,
				  first_rejections = case when jsonb_array_length(first_rejections) >= 100 then first_rejections
				    else first_rejections || cast(:sample as jsonb) end
				where workspace_id = :workspace and id = :id and claimed_by = :node""")
			.param("workspace", workspaceId).param("id", id).param("node", node).param("bytes", bytesDone)
			.param("rows", rows)
			.param("line", lastLine).param("accepted", accepted).param("duplicates", duplicates)
			.param("rejected", rejected.size())
			.param("sample", mapper.writeValueAsString(rejected.subList(0, Math.min(100, rejected.size()))))
			.update();
		if (updated == 0) {
			throw new LeaseLost(id);
		}
	}

	void finish(UUID workspaceId, UUID id, @Nullable String error, Instant now) {
		jdbc.sql("""
				update imports set status = :status, error = :error, finished_at = :now,
				  bytes_done = case when :status = 'done' then size_bytes else bytes_done end
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("status", error == null ? "done" : "failed")
			.param("error", error).param("now", utc(now))
			.update();
	}

	/** Unfinished imports that no node holds a lease on (their node stopped or died), oldest first. */
	List<Job> claimable(Instant now) {
		return jdbc.sql("""
				select * from imports where status in ('queued', 'running')
				  and (lease_until is null or lease_until < :now) order by created_at limit 100""")
			.param("now", utc(now))
			.query((rs, n) -> {
				OffsetDateTime until = rs.getObject("lease_until", OffsetDateTime.class);
				return new Job(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
						rs.getString("kind"), rs.getString("format"), rs.getInt("last_line"),
						until == null ? null : until.toInstant());
			})
			.list();
	}

	/** Where an import stands now: its last committed line, read again when a node takes it up. */
	int lastLine(UUID workspaceId, UUID id) {
		return jdbc.sql("select last_line from imports where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(Integer.class).single();
	}

	Optional<ImportStatus> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from imports where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(this::map).optional();
	}

	List<ImportStatus> recent(UUID workspaceId, int limit) {
		return jdbc.sql("select * from imports where workspace_id = :workspace order by created_at desc limit :limit")
			.param("workspace", workspaceId).param("limit", limit).query(this::map).list();
	}

	private ImportStatus map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportStatus(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("format"),
				rs.getString("file_name"), rs.getLong("size_bytes"), rs.getLong("bytes_done"), rs.getLong("rows_done"),
				rs.getLong("accepted"), rs.getLong("duplicates"), rs.getLong("rejected"),
				mapper.readValue(rs.getString("first_rejections"), REJECTED), rs.getString("status"),
				rs.getString("error"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
