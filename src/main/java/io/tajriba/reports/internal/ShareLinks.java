package io.tajriba.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.reports.domain.ShareLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Share links and their views; every read of a workspace's links filters by its id. */
@Repository
class ShareLinks {

	/** A link found by its token, with what opening it needs: its password's hash. */
	record Found(ShareLink link, @Nullable String passwordHash) {
	}

	private static final String SELECT = """
			select l.*, (select count(*) from share_link_views v where v.link_id = l.id) as views,
			       (select max(viewed_at) from share_link_views v where v.link_id = l.id) as last_view_at
			from share_links l""";

	private final JdbcClient jdbc;

	ShareLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID workspaceId, String view, ShareLink.Filters f, byte[] tokenHash, @Nullable String passwordHash,
			boolean showTexts, boolean showCustomers, Instant expiresAt, Instant now, String actor) {
		return jdbc.sql("""
				insert into share_links (workspace_id, view, filter_from, filter_to, filter_survey, filter_channel,
				    filter_touchpoint, filter_agent, filter_language, token_hash, password_hash, show_texts,
				    show_customers, expires_at, created_at, created_by)
				values (:workspace, :view, :from, :to, :survey, :channel, :touchpoint, :agent, :language, :hash,
				    :password, :texts, :customers, :expires, :now, :actor)
				returning id""")
			.param("workspace", workspaceId).param("view", view).param("from", f.from()).param("to", f.to())
			.param("survey", f.survey()).param("channel", f.channel()).param("touchpoint", f.touchpoint())
			.param("agent", f.agent()).param("language", f.language()).param("hash", tokenHash)
			.param("password", passwordHash).param("texts", showTexts).param("customers", showCustomers)
			.param("expires", at(expiresAt)).param("now", at(now)).param("actor", actor)
			.query(UUID.class).single();
	}

	List<ShareLink> list(UUID workspaceId) {
		return jdbc.sql(SELECT + " where l.workspace_id = :workspace order by l.created_at desc, l.id")
			.param("workspace", workspaceId).query((rs, n) -> map(rs)).list();
	}

	Optional<ShareLink> find(UUID workspaceId, UUID id) {
		return jdbc.sql(SELECT + " where l.workspace_id = :workspace and l.id = :id")
			.param("workspace", workspaceId).param("id", id).query((rs, n) -> map(rs)).optional();
	}

	Optional<Found> byToken(byte[] hash) {
		return jdbc.sql(SELECT + " where l.token_hash = :hash").param("hash", hash)
			.query((rs, n) -> new Found(map(rs), rs.getString("password_hash"))).optional();
	}

	/** Revokes the link once; false if it is not the workspace's. */
	boolean revoke(UUID workspaceId, UUID id, Instant now) {
		return jdbc.sql("""
				update share_links set revoked_at = coalesce(revoked_at, :now)
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("now", at(now)).update() == 1;
	}

	void viewed(ShareLink link, Instant at, @Nullable String address, @Nullable String agent) {
		jdbc.sql("""
				insert into share_link_views (workspace_id, link_id, viewed_at, address, user_agent)
				values (:workspace, :link, :at, :address, :agent)""")
			.param("workspace", link.workspaceId()).param("link", link.id()).param("at", at(at))
			.param("address", address).param("agent", agent).update();
	}

	private static ShareLink map(ResultSet rs) throws SQLException {
		var filters = new ShareLink.Filters(rs.getObject("filter_from", LocalDate.class),
				rs.getObject("filter_to", LocalDate.class), rs.getObject("filter_survey", UUID.class),
				rs.getString("filter_channel"), rs.getString("filter_touchpoint"), rs.getString("filter_agent"),
				rs.getString("filter_language"));
		return new ShareLink(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("view"), filters, rs.getString("password_hash") != null, rs.getBoolean("show_texts"),
				rs.getBoolean("show_customers"), instant(rs, "expires_at"), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "revoked_at"), rs.getLong("views"),
				instant(rs, "last_view_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
