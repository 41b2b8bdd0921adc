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

	/** Where a running import stands, enough to go on after a restart. */
	record Job(UUID workspaceId, UUID id, String kind, String format, int lastLine) {
	}

	private static final TypeReference<List<Rejected>> REJECTED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	ImportStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID create(UUID workspaceId, String kind, String format, String fileName, long size, String createdBy,
			Instant now) {
		return jdbc.sql("""
				insert into imports (workspace_id, kind, format, file_name, size_bytes, status, created_by, created_at)
				values (:workspace, :kind, :format, :name, :size, 'queued', :by, :now) returning id""")
			.param("workspace", workspaceId).param("kind", kind).param("format", format).param("name", fileName)
			.param("size", size).param("by", createdBy).param("now", utc(now))
			.query(UUID.class).single();
	}

	/** Adds a committed batch to the counts and keeps the first rejections for the report. */
	void progress(UUID workspaceId, UUID id, long bytesDone, int rows, int lastLine, int accepted, int duplicates,
			List<Rejected> rejected) {
		jdbc.sql("""
				update imports set status = 'running', bytes_done = :bytes, rows_done = rows_done + :rows,
				  last_line = :line, accepted = accepted + :accepted, duplicates = duplicates + :duplicates,
				  rejected = rejected + :rejected,
				  first_rejections = case when jsonb_array_length(first_rejections) >= 100 then first_rejections
				    else first_rejections || cast(:sample as jsonb) end
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("bytes", bytesDone).param("rows", rows)
			.param("line", lastLine).param("accepted", accepted).param("duplicates", duplicates)
			.param("rejected", rejected.size())
			.param("sample", mapper.writeValueAsString(rejected.subList(0, Math.min(100, rejected.size()))))
			.update();
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

	/** Imports that were queued or running when the server stopped, to be taken up again. */
	List<Job> unfinished() {
		return jdbc.sql("select * from imports where status in ('queued', 'running') order by created_at")
			.query((rs, n) -> new Job(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("kind"), rs.getString("format"), rs.getInt("last_line")))
			.list();
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
