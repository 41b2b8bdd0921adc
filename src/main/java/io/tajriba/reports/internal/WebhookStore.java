package io.tajriba.reports.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The endpoints, their deliveries and every attempt; each statement names the workspace unless it works for all. */
@Repository
class WebhookStore {

	private static final String DELIVERY = """
			id, workspace_id, endpoint_id, event_type, payload::text as payload, status, attempts, next_attempt_at,
			created_at, delivered_at, last_error""";

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	WebhookStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	void insert(WebhookEndpoint e, String actor) {
		jdbc.sql("""
				insert into webhook_endpoints (workspace_id, id, url, description, event_types, enabled, secret,
				  created_at, created_by)
				values (:w, :id, :url, :description, :types, :enabled, :secret, :now, :actor)""")
			.param("w", e.workspaceId()).param("id", e.id()).param("url", e.url()).param("description", e.description())
			.param("types", e.eventTypes().toArray(String[]::new)).param("enabled", e.enabled())
			.param("secret", e.secret()).param("now", ts(e.createdAt())).param("actor", actor).update();
	}

	List<WebhookEndpoint> endpoints(UUID workspaceId) {
		return jdbc.sql("select * from webhook_endpoints where workspace_id = :w order by created_at, id")
			.param("w", workspaceId).query(this::endpoint).list();
	}

	Optional<WebhookEndpoint> endpoint(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from webhook_endpoints where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(this::endpoint).optional();
	}

	/** The enabled endpoints of the workspace that take the type. */
	List<WebhookEndpoint> subscribers(UUID workspaceId, String type) {
		return jdbc.sql("""
				select * from webhook_endpoints where workspace_id = :w and enabled
				and event_types && array[:type, '*']::text[] order by created_at, id""")
			.param("w", workspaceId).param("type", type).query(this::endpoint).list();
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from webhook_endpoints where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).update() == 1;
	}

	void rotate(UUID workspaceId, UUID id, String secret, String previous, Instant previousUntil) {
		jdbc.sql("""
				update webhook_endpoints set secret = :secret, previous_secret = :previous, previous_secret_until = :until
				where workspace_id = :w and id = :id""")
			.param("secret", secret).param("previous", previous).param("until", ts(previousUntil))
			.param("w", workspaceId).param("id", id).update();
	}

	/** Disables an enabled endpoint; true for the call that did, so that only it tells the admins. */
	boolean disable(UUID endpointId, String reason) {
		return jdbc.sql("update webhook_endpoints set enabled = false, disabled_reason = :reason where id = :id and enabled")
			.param("reason", reason).param("id", endpointId).update() == 1;
	}

	void failing(UUID endpointId, Instant at) {
		jdbc.sql("update webhook_endpoints set failing_since = coalesce(failing_since, :at) where id = :id")
			.param("at", ts(at)).param("id", endpointId).update();
	}

	void succeeded(UUID endpointId) {
		jdbc.sql("update webhook_endpoints set failing_since = null where id = :id and failing_since is not null")
			.param("id", endpointId).update();
	}

	/** The enabled endpoints, of any workspace, whose failures began at or before {@code before}. */
	List<WebhookEndpoint> failingSince(Instant before) {
		return jdbc.sql("select * from webhook_endpoints where enabled and failing_since <= :before")
			.param("before", ts(before)).query(this::endpoint).list();
	}

	/** Writes a delivery unless the endpoint has one of the same event; true when it was written. */
	boolean insert(WebhookDelivery d, String eventKey) {
		return jdbc.sql("""
				insert into webhook_deliveries (id, workspace_id, endpoint_id, event_type, event_key, payload, status,
				  attempts, next_attempt_at, created_at)
				values (:id, :w, :endpoint, :type, :key, cast(:payload as json), :status, 0, :next, :now)
				on conflict (workspace_id, endpoint_id, event_key) do nothing""")
			.param("id", d.id()).param("w", d.workspaceId()).param("endpoint", d.endpointId()).param("type", d.type())
			.param("key", eventKey).param("payload", d.payload()).param("status", d.status())
			.param("next", ts(d.nextAttemptAt())).param("now", ts(d.createdAt())).update() == 1;
	}

	/**
	 * Takes up to {@code limit} deliveries due at {@code now} to enabled endpoints, for this node alone: rows another
	 * transaction holds are skipped, and those taken are put off until {@code lease}, when another node may take
	 * them again should this one stop before it records their outcome.
	 */
	List<WebhookDelivery> claim(Instant now, Instant lease, int limit) {
		return jdbc.sql("""
				update webhook_deliveries set next_attempt_at = :lease where id in (
				  select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id and e.enabled
				  where d.status = 'pending' and d.next_attempt_at <= :now
				  order by d.next_attempt_at limit :limit for update of d skip locked)
				returning\s""" + DELIVERY)
			.param("lease", ts(lease)).param("now", ts(now)).param("limit", limit).query(this::delivery).list();
	}

	Optional<WebhookDelivery> delivery(UUID workspaceId, String id) {
		return jdbc.sql("select " + DELIVERY + " from webhook_deliveries where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(this::delivery).optional();
	}

	List<WebhookDelivery> deliveries(UUID workspaceId, UUID endpointId, int limit) {
		return jdbc.sql("select " + DELIVERY + """
				 from webhook_deliveries where workspace_id = :w and endpoint_id = :endpoint
				order by created_at desc, id desc limit :limit""")
			.param("w", workspaceId).param("endpoint", endpointId).param("limit", limit).query(this::delivery).list();
	}

	void outcome(String id, String status, int attempts, @Nullable Instant next, @Nullable Instant deliveredAt,
			@Nullable String error) {
		jdbc.sql("""
				update webhook_deliveries set status = :status, attempts = :attempts, next_attempt_at = :next,
				  delivered_at = coalesce(:delivered, delivered_at), last_error = :error where id = :id""")
			.param("status", status).param("attempts", attempts).param("next", ts(next))
			.param("delivered", ts(deliveredAt)).param("error", error).param("id", id).update();
	}

	/** Fails the endpoint's pending deliveries for good, with the reason. */
	void failPending(UUID endpointId, String reason) {
		jdbc.sql("""
				update webhook_deliveries set status = 'failed', next_attempt_at = null, last_error = :reason
				where endpoint_id = :endpoint and status = 'pending'""")
			.param("reason", reason).param("endpoint", endpointId).update();
	}

	void record(UUID workspaceId, WebhookAttempt a) {
		jdbc.sql("""
				insert into webhook_attempts (workspace_id, delivery_id, at, request_headers, status, response_excerpt,
				  duration_ms, error)
				values (:w, :delivery, :at, cast(:headers as jsonb), :status, :excerpt, :duration, :error)""")
			.param("w", workspaceId).param("delivery", a.deliveryId()).param("at", ts(a.at()))
			.param("headers", mapper.writeValueAsString(a.requestHeaders())).param("status", a.status())
			.param("excerpt", a.responseExcerpt()).param("duration", (int) Math.min(a.durationMs(), Integer.MAX_VALUE))
			.param("error", a.error()).update();
	}

	/** The attempts of the deliveries, oldest first. */
	List<WebhookAttempt> attempts(UUID workspaceId, Collection<String> deliveryIds) {
		if (deliveryIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select delivery_id, at, request_headers::text as headers, status, response_excerpt, duration_ms, error
				from webhook_attempts where workspace_id = :w and delivery_id = any(:ids) order by at, id""")
			.param("w", workspaceId).param("ids", deliveryIds.toArray(String[]::new))
			.query((rs, n) -> new WebhookAttempt(rs.getString("delivery_id"), instant(rs, "at"),
					mapper.readValue(rs.getString("headers"), new TypeReference<Map<String, String>>() {
					}), (Integer) rs.getObject("status"), rs.getString("response_excerpt"), rs.getInt("duration_ms"),
					rs.getString("error")))
			.list();
	}

	private WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
		Array types = rs.getArray("event_types");
		return new WebhookEndpoint(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("url"), rs.getString("description"), Arrays.asList((String[]) types.getArray()),
				rs.getBoolean("enabled"), rs.getString("secret"), rs.getString("previous_secret"),
				instantOrNull(rs, "previous_secret_until"), instantOrNull(rs, "failing_since"),
				rs.getString("disabled_reason"), instant(rs, "created_at"));
	}

	private WebhookDelivery delivery(ResultSet rs, int n) throws SQLException {
		return new WebhookDelivery(rs.getString("id"), rs.getObject("workspace_id", UUID.class),
				rs.getObject("endpoint_id", UUID.class), rs.getString("event_type"), rs.getString("payload"),
				rs.getString("status"), rs.getInt("attempts"), instantOrNull(rs, "next_attempt_at"),
				instant(rs, "created_at"), instantOrNull(rs, "delivered_at"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
