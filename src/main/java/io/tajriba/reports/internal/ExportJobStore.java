package io.tajriba.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Export jobs, each of one workspace; a job is taken by one runner at a time. */
@Repository
class ExportJobStore {

	private final JdbcClient jdbc;

	ExportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ExportJob insert(UUID workspaceId, ExportKind kind, ExportFormat format, ExportPeriod period, String requestedBy,
			Instant now) {
		return jdbc.sql("""
				insert into export_jobs (workspace_id, kind, format, period_from, period_to, status, requested_by,
				  created_at)
				values (:w, :kind, :format, :from, :to, 'queued', :by, :now) returning *""")
			.param("w", workspaceId).param("kind", kind.key()).param("format", format.key())
			.param("from", ts(period.from())).param("to", ts(period.to())).param("by", requestedBy)
			.param("now", ts(now)).query(ExportJobStore::map).single();
	}

	Optional<ExportJob> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from export_jobs where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(ExportJobStore::map).optional();
	}

	List<ExportJob> list(UUID workspaceId, int limit) {
		return jdbc.sql("select * from export_jobs where workspace_id = :w order by created_at desc, id limit :limit")
			.param("w", workspaceId).param("limit", limit).query(ExportJobStore::map).list();
	}

	/**
	 * Takes the oldest queued job (or a running one whose runner stopped beating before {@code stale}) and marks it
	 * running, in one statement: rows locked by another runner are skipped.
	 */
	Optional<ExportJob> claim(Instant now, Instant stale) {
		return jdbc.sql("""
				update export_jobs j set status = 'running', started_at = :now, heartbeat_at = :now, rows_written = 0
				where (j.workspace_id, j.id) = (
				  select workspace_id, id from export_jobs
				  where status = 'queued' or status = 'running' and heartbeat_at < :stale
				  order by created_at limit 1 for update skip locked)
				returning *""")
			.param("now", ts(now)).param("stale", ts(stale)).query(ExportJobStore::map).optional();
	}

	void estimate(ExportJob job, long total) {
		jdbc.sql("update export_jobs set total_estimate = :total where workspace_id = :w and id = :id")
			.param("total", total).param("w", job.workspaceId()).param("id", job.id()).update();
	}

	void progress(ExportJob job, long rows, Instant now) {
		jdbc.sql("""
				update export_jobs set rows_written = :rows, heartbeat_at = :now
				where workspace_id = :w and id = :id""")
			.param("rows", rows).param("now", ts(now)).param("w", job.workspaceId()).param("id", job.id()).update();
	}

	void done(ExportJob job, long rows, String file, Instant now) {
		jdbc.sql("""
				update export_jobs set status = 'done', rows_written = :rows, file = :file, finished_at = :now,
				  heartbeat_at = :now
				where workspace_id = :w and id = :id""")
			.param("rows", rows).param("file", file).param("now", ts(now)).param("w", job.workspaceId())
			.param("id", job.id()).update();
	}

	void failed(ExportJob job, String error, Instant now) {
		jdbc.sql("""
				update export_jobs set status = 'failed', error = :error, finished_at = :now
				where workspace_id = :w and id = :id""")
			.param("error", error).param("now", ts(now)).param("w", job.workspaceId()).param("id", job.id()).update();
	}

	/** The jobs of every workspace requested before {@code before}: their files are due for deletion. */
	List<ExportJob> olderThan(Instant before) {
		return jdbc.sql("select * from export_jobs where created_at < :before and status in ('done', 'failed')")
			.param("before", ts(before)).query(ExportJobStore::map).list();
	}

	void delete(ExportJob job) {
		jdbc.sql("delete from export_jobs where workspace_id = :w and id = :id")
			.param("w", job.workspaceId()).param("id", job.id()).update();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static ExportJob map(ResultSet rs, int n) throws SQLException {
		Object total = rs.getObject("total_estimate");
		return new ExportJob(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				ExportKind.of(rs.getString("kind")).orElseThrow(), ExportFormat.of(rs.getString("format")).orElseThrow(),
				new ExportPeriod(instant(rs, "period_from"), instant(rs, "period_to")), rs.getString("status"),
				rs.getLong("rows_written"), total == null ? null : ((Number) total).longValue(), rs.getString("file"),
				rs.getString("error"), rs.getString("requested_by"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"));
	}
}
