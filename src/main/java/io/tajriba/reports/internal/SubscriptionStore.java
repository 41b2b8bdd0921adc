package io.tajriba.reports.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.reports.domain.ReportSchedule.Frequency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The subscriptions, their claims by the job and their delivery log; every query names its workspace. */
@Repository
class SubscriptionStore {

	private static final String COLUMNS = """
			id, workspace_id, user_id, view, filters::text as filters, frequency, hour, language, only_when_changed,
			next_at, retry_at, attempts, last_sent_at, last_pain_points, created_at""";

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	SubscriptionStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	void insert(ReportSubscription s, String createdBy) {
		jdbc.sql("""
				insert into report_subscriptions (id, workspace_id, user_id, view, filters, frequency, hour, language,
				    only_when_changed, next_at, created_by, created_at)
				values (:id, :workspace, :user, :view, cast(:filters as jsonb), :frequency, :hour, :language,
				    :changed, :next, :by, :created)""")
			.param("id", s.id()).param("workspace", s.workspaceId()).param("user", s.userId())
			.param("view", s.view()).param("filters", mapper.writeValueAsString(s.filters()))
			.param("frequency", s.frequency().id()).param("hour", s.hour()).param("language", s.language())
			.param("changed", s.onlyWhenChanged()).param("next", timestamp(s.nextAt())).param("by", createdBy)
			.param("created", timestamp(s.createdAt())).update();
	}

	Optional<ReportSubscription> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from report_subscriptions where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(this::row).optional();
	}

	/** A subscription by id alone: for its unsubscribe link, whose signature names it. */
	Optional<ReportSubscription> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from report_subscriptions where id = :id").param("id", id)
			.query(this::row).optional();
	}

	List<ReportSubscription> list(UUID workspaceId, @Nullable UUID userId) {
		return jdbc.sql("select " + COLUMNS + " from report_subscriptions where workspace_id = :workspace"
				+ " and (cast(:user as uuid) is null or user_id = :user) order by created_at, id")
			.param("workspace", workspaceId).param("user", userId).query(this::row).list();
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from report_subscriptions where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).update() > 0;
	}

	/**
	 * Claims up to {@code limit} subscriptions due at {@code now} that no other run holds, for {@code lease}: rows
	 * another node is claiming are skipped, not waited for.
	 */
	List<ReportSubscription> claimDue(Instant now, Duration lease, int limit) {
		return jdbc.sql("""
				update report_subscriptions set claimed_until = :until
				where id in (select id from report_subscriptions
				             where coalesce(retry_at, next_at) <= :now
				               and (claimed_until is null or claimed_until <= :now)
				             order by coalesce(retry_at, next_at), id limit :limit
				             for update skip locked)
				returning\s""" + COLUMNS)
			.param("until", timestamp(now.plus(lease))).param("now", timestamp(now)).param("limit", limit)
			.query(this::row).list();
	}

	/** Claims one subscription of the workspace for a send now; empty when another run holds it. */
	Optional<ReportSubscription> claim(UUID workspaceId, UUID id, Instant now, Duration lease) {
		return jdbc.sql("""
				update report_subscriptions set claimed_until = :until
				where id = (select id from report_subscriptions where workspace_id = :workspace and id = :id
				              and (claimed_until is null or claimed_until <= :now) for update skip locked)
				returning\s""" + COLUMNS)
			.param("until", timestamp(now.plus(lease))).param("now", timestamp(now))
			.param("workspace", workspaceId).param("id", id).query(this::row).optional();
	}

	/** Releases a claim with the subscription's new schedule. */
	void release(ReportSubscription s, Instant nextAt, @Nullable Instant retryAt, int attempts,
			@Nullable Instant sentAt, @Nullable List<String> painPoints) {
		jdbc.sql("""
				update report_subscriptions set claimed_until = null, next_at = :next, retry_at = :retry,
				    attempts = :attempts, last_sent_at = coalesce(:sent, last_sent_at),
				    last_pain_points = coalesce(cast(:pains as text[]), last_pain_points)
				where workspace_id = :workspace and id = :id""")
			.param("next", timestamp(nextAt)).param("retry", timestamp(retryAt)).param("attempts", attempts)
			.param("sent", timestamp(sentAt))
			.param("pains", painPoints == null ? null : painPoints.toArray(String[]::new))
			.param("workspace", s.workspaceId()).param("id", s.id()).update();
	}

	void log(ReportSubscription s, Instant at, String status, @Nullable String reason, @Nullable String error,
			boolean withPdf) {
		jdbc.sql("""
				insert into report_deliveries (id, workspace_id, subscription_id, at, status, reason, error, with_pdf)
				values (:id, :workspace, :subscription, :at, :status, :reason, :error, :pdf)""")
			.param("id", UUID.randomUUID()).param("workspace", s.workspaceId()).param("subscription", s.id())
			.param("at", timestamp(at)).param("status", status).param("reason", reason)
			.param("error", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
			.param("pdf", withPdf).update();
	}

	List<ReportDelivery> deliveries(UUID workspaceId, UUID subscriptionId, int limit) {
		return jdbc.sql("""
				select id, subscription_id, at, status, reason, error, with_pdf from report_deliveries
				where workspace_id = :workspace and subscription_id = :subscription order by at desc, id limit :limit""")
			.param("workspace", workspaceId).param("subscription", subscriptionId).param("limit", limit)
			.query((rs, n) -> new ReportDelivery(rs.getObject("id", UUID.class),
					rs.getObject("subscription_id", UUID.class), instant(rs, "at"), rs.getString("status"),
					rs.getString("reason"), rs.getString("error"), rs.getBoolean("with_pdf")))
			.list();
	}

	String signingKey() {
		return jdbc.sql("select secret from report_signing_key where id = 1").query(String.class).single();
	}

	void breached(UUID workspaceId, UUID caseId, String target, long number, String priority, Instant at) {
		jdbc.sql("""
				insert into report_breaches (workspace_id, case_id, target, number, priority, at)
				values (:workspace, :case, :target, :number, :priority, :at) on conflict do nothing""")
			.param("workspace", workspaceId).param("case", caseId).param("target", target).param("number", number)
			.param("priority", priority).param("at", timestamp(at)).update();
	}

	/** A breached case: its number, the target it missed, its priority. */
	record Breach(UUID caseId, long number, String target, String priority, Instant at) {
	}

	List<Breach> breaches(UUID workspaceId, Instant from, Instant to) {
		return jdbc.sql("""
				select case_id, number, target, priority, at from report_breaches
				where workspace_id = :workspace and at >= :from and at < :to order by at desc limit 50""")
			.param("workspace", workspaceId).param("from", timestamp(from)).param("to", timestamp(to))
			.query((rs, n) -> new Breach(rs.getObject("case_id", UUID.class), rs.getLong("number"),
					rs.getString("target"), rs.getString("priority"), instant(rs, "at")))
			.list();
	}

	private ReportSubscription row(ResultSet rs, int n) throws SQLException {
		Array pains = rs.getArray("last_pain_points");
		Map<String, String> filters = mapper.readValue(rs.getString("filters"), new TypeReference<>() {
		});
		return new ReportSubscription(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("view"), filters,
				Frequency.of("frequency", rs.getString("frequency")), rs.getInt("hour"), rs.getString("language"),
				rs.getBoolean("only_when_changed"), instant(rs, "next_at"), nullableInstant(rs, "retry_at"),
				rs.getInt("attempts"), nullableInstant(rs, "last_sent_at"),
				pains == null ? List.of() : Arrays.asList((String[]) pains.getArray()), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
