package io.tajriba.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of a batch that could not be accepted, kept with their raw text and the reason, so that nothing sent is
 * lost: they are listed, corrected and replayed.
 */
@Repository
public class RejectedRows {

	/** What was wrong with one row. */
	public record Rejection(int line, String field, String message, String raw) {
	}

	/** A stored rejected row. */
	public record RejectedRow(UUID id, String source, int line, String field, String message, String raw,
			Instant receivedAt, @Nullable Instant replayedAt) {
	}

	private final JdbcClient jdbc;

	RejectedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Applies a batch row by row: a row whose reading or applying throws {@link InvalidFieldException} is rejected
	 * with its field and kept here to be replayed, the others counted accepted. For ingests that store each row on
	 * its own, with nothing to count as a duplicate.
	 */
	public IngestReport applyEach(UUID workspaceId, String source, List<BatchReader.Row> rows,
			Consumer<BatchReader.Row> apply, Instant now) {
		List<Rejection> rejections = new ArrayList<>();
		int accepted = 0;
		for (BatchReader.Row row : rows) {
			try {
				apply.accept(row);
				accepted++;
			}
			catch (InvalidFieldException e) {
				rejections.add(new Rejection(row.line(), e.field(), e.getMessage(), row.raw()));
			}
		}
		store(workspaceId, source, rejections, now);
		return new IngestReport(accepted, 0, IngestReport.of(rejections));
	}

	public void store(UUID workspaceId, String source, List<Rejection> rejections, Instant now) {
		for (Rejection r : rejections) {
			jdbc.sql("""
					insert into rejected_rows (workspace_id, source, line, field, message, raw, received_at)
					values (:workspace, :source, :line, :field, :message, :raw, :now)""")
				.param("workspace", workspaceId).param("source", source).param("line", r.line())
				.param("field", storable(r.field())).param("message", storable(r.message()))
				.param("raw", storable(r.raw()))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** PostgreSQL cannot store the NUL character: a raw one is kept as its JSON escape. */
	private static String storable(String text) {
		return text.indexOf('\0') < 0 ? text : text.replace("\0", "\\u0000");
	}

	public List<RejectedRow> list(UUID workspaceId, @Nullable String source, boolean includeReplayed, int limit) {
		return jdbc.sql("""
				select * from rejected_rows where workspace_id = :workspace
				and (cast(:source as text) is null or source = :source) and (:all or replayed_at is null)
				order by received_at desc, line limit :limit""")
			.param("workspace", workspaceId).param("source", source).param("all", includeReplayed)
			.param("limit", limit)
			.query(RejectedRows::map)
			.list();
	}

	public Optional<RejectedRow> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from rejected_rows where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(RejectedRows::map).optional();
	}

	public void markReplayed(UUID workspaceId, UUID id, Instant now) {
		jdbc.sql("update rejected_rows set replayed_at = :now where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).update();
	}

	private static RejectedRow map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime replayed = rs.getObject("replayed_at", OffsetDateTime.class);
		return new RejectedRow(rs.getObject("id", UUID.class), rs.getString("source"), rs.getInt("line"),
				rs.getString("field"), rs.getString("message"), rs.getString("raw"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(),
				replayed == null ? null : replayed.toInstant());
	}
}
