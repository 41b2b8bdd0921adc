package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.Notification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Users' notifications, and the outbox of their e-mails. */
@Repository
class NotificationStore {

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	/** An e-mail waiting in the outbox. */
	record Mail(UUID workspaceId, UUID id, UUID userId, @Nullable UUID caseId, String kind, Map<String, String> detail,
			int attempts) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	NotificationStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	void add(UUID workspaceId, Collection<UUID> users, @Nullable UUID caseId, String kind, Map<String, String> detail,
			Instant now, @Nullable Instant mailAt) {
		for (UUID user : users) {
			jdbc.sql("""
					insert into notifications (workspace_id, user_id, case_id, kind, detail, created_at, mail_status, mail_due)
					values (:w, :user, :case, :kind, cast(:detail as jsonb), :now, :status, :due)""")
				.param("w", workspaceId).param("user", user).param("case", caseId).param("kind", kind)
				.param("detail", mapper.writeValueAsString(detail)).param("now", Sql.utc(now))
				.param("status", mailAt == null ? "none" : "pending").param("due", Sql.utc(mailAt)).update();
		}
	}

	List<Notification> latest(UUID workspaceId, UUID userId, int limit) {
		return jdbc.sql("""
				select id, kind, case_id, detail::text as detail, created_at, read_at from notifications
				where user_id = :user and workspace_id = :w order by created_at desc, id limit :limit""")
			.param("w", workspaceId).param("user", userId).param("limit", limit)
			.query((rs, n) -> notification(rs))
			.list();
	}

	java.util.Optional<Notification> find(UUID workspaceId, UUID userId, UUID id) {
		return jdbc.sql("""
				select id, kind, case_id, detail::text as detail, created_at, read_at from notifications
				where user_id = :user and workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("user", userId).param("id", id)
			.query((rs, n) -> notification(rs))
			.optional();
	}

	private Notification notification(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getString("kind"), Sql.uuid(rs, "case_id"),
				mapper.readValue(rs.getString("detail"), DETAIL), Sql.instant(rs, "created_at"),
				Sql.instant(rs, "read_at"));
	}

	long unread(UUID workspaceId, UUID userId) {
		return jdbc.sql("select count(*) from notifications where user_id = :user and workspace_id = :w and read_at is null")
			.param("w", workspaceId).param("user", userId).query(Long.class).single();
	}

	/** Marks one (or, without an id, all) of the user's notifications read. */
	int markRead(UUID workspaceId, UUID userId, @Nullable UUID id, Instant now) {
		return jdbc.sql("""
				update notifications set read_at = :now where user_id = :user and workspace_id = :w
				  and read_at is null and (cast(:id as uuid) is null or id = :id)""")
			.param("w", workspaceId).param("user", userId).param("id", id).param("now", Sql.utc(now)).update();
	}

	/** Takes the due e-mails for sending: they stay claimed for ten minutes, then another node may retry them. */
	List<Mail> claim(Instant now, int limit) {
		return jdbc.sql("""
				update notifications n set mail_due = :retry, mail_attempts = mail_attempts + 1
				from (select workspace_id, id from notifications where mail_status = 'pending' and mail_due <= :now
				      order by mail_due limit :limit for update skip locked) due
				where n.workspace_id = due.workspace_id and n.id = due.id
				returning n.workspace_id, n.id, n.user_id, n.case_id, n.kind, n.detail::text as detail, n.mail_attempts""")
			.param("now", Sql.utc(now)).param("retry", Sql.utc(now.plusSeconds(600))).param("limit", limit)
			.query(this::mail)
			.list();
	}

	/** An e-mail whose sending failed for good, to send again. */
	Optional<Mail> failed(UUID workspaceId, UUID id) {
		return jdbc.sql("""
				select workspace_id, id, user_id, case_id, kind, detail::text as detail, mail_attempts from notifications
				where workspace_id = :w and id = :id and mail_status = 'failed'""")
			.param("w", workspaceId).param("id", id).query(this::mail).optional();
	}

	private Mail mail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Mail(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getObject("user_id", UUID.class), Sql.uuid(rs, "case_id"), rs.getString("kind"),
				mapper.readValue(rs.getString("detail"), DETAIL), rs.getInt("mail_attempts"));
	}

	void mailed(UUID workspaceId, UUID id, String status, @Nullable Instant retryAt) {
		jdbc.sql("update notifications set mail_status = :status, mail_due = :due where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).param("status", status).param("due", Sql.utc(retryAt)).update();
	}
}
