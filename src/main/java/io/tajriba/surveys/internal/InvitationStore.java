package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.surveys.domain.InvitationToken;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey invitations, found by the hash of their token. */
@Repository
public class InvitationStore {

	/** An invitation and what its response will be tied to. */
	public record Invitation(UUID workspaceId, UUID id, UUID surveyId, @Nullable UUID customerId, @Nullable String email,
			String language, @Nullable String interactionId, @Nullable String channel, @Nullable String touchpoint,
			@Nullable String agent, String status, @Nullable UUID responseId, Instant expiresAt,
			@Nullable String source) {

		public Invitation(UUID workspaceId, @Nullable UUID id, UUID surveyId, @Nullable UUID customerId,
				@Nullable String email, String language, @Nullable String interactionId, @Nullable String channel,
				@Nullable String touchpoint, @Nullable String agent, String status, @Nullable UUID responseId,
				Instant expiresAt) {
			this(workspaceId, id, surveyId, customerId, email, language, interactionId, channel, touchpoint, agent,
					status, responseId, expiresAt, null);
		}

		/** How its response was collected: {@code widget}, {@code email} or {@code link}. */
		public String responseSource() {
			return source != null ? source : email == null ? "link" : "email";
		}
	}

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(Invitation i, InvitationToken token, Instant now) {
		return jdbc.sql("""
				insert into survey_invitations (workspace_id, survey_id, token_hash, customer_id, email, language,
				  interaction_id, channel, touchpoint, agent, status, created_at, expires_at, source)
				values (:workspace, :survey, :hash, :customer, :email, :language, :interaction, :channel, :touchpoint,
				  :agent, 'open', :now, :expires, :source) returning id""")
			.param("source", i.source())
			.param("workspace", i.workspaceId()).param("survey", i.surveyId()).param("hash", token.hash())
			.param("customer", i.customerId()).param("email", i.email()).param("language", i.language())
			.param("interaction", i.interactionId()).param("channel", i.channel()).param("touchpoint", i.touchpoint())
			.param("agent", i.agent()).param("now", SurveyStore.utc(now)).param("expires", SurveyStore.utc(i.expiresAt()))
			.query(UUID.class).single();
	}

	/** An invitation found by its token, with the version (last change) of its survey. */
	record Opened(Invitation invitation, Instant surveyVersion) {
	}

	/** The invitation this token opens: the one it was made with, or one its e-mails carry. */
	Optional<Invitation> find(InvitationToken token) {
		return open(token, false).map(Opened::invitation);
	}

	/** The invitation this token opens and its survey's version, read in one statement. */
	Optional<Opened> open(InvitationToken token) {
		return open(token, false);
	}

	/**
	 * The invitation and its survey's version, the invitation's row locked until the transaction ends: parallel
	 * submissions through one token wait for each other, so only the first can use a single-use invitation up.
	 */
	Optional<Opened> lock(InvitationToken token) {
		return open(token, true);
	}

	private Optional<Opened> open(InvitationToken token, boolean lock) {
		return jdbc.sql("""
				with k as (
				  select workspace_id, id from survey_invitations where token_hash = :hash
				  union all
				  select workspace_id, invitation_id from survey_invitation_tokens where token_hash = :hash
				  limit 1)
				select i.*, s.updated_at as survey_version
				from k join survey_invitations i on i.workspace_id = k.workspace_id and i.id = k.id
				join surveys s on s.workspace_id = i.workspace_id and s.id = i.survey_id"""
				+ (lock ? " for update of i" : ""))
			.param("hash", token.hash())
			.query((rs, n) -> new Opened(invitation(rs), rs.getObject("survey_version", OffsetDateTime.class).toInstant()))
			.optional();
	}

	Optional<Invitation> find(UUID workspaceId, UUID id) {
		return find(workspaceId, id, false);
	}

	/** Another token for the invitation (an e-mail's own link); only its hash is kept. */
	void addToken(UUID workspaceId, UUID id, InvitationToken token, Instant now) {
		jdbc.sql("""
				insert into survey_invitation_tokens (token_hash, workspace_id, invitation_id, created_at)
				values (:hash, :workspace, :id, :now)""")
			.param("hash", token.hash()).param("workspace", workspaceId).param("id", id)
			.param("now", SurveyStore.utc(now)).update();
	}

	private Optional<Invitation> find(UUID workspaceId, UUID id, boolean lock) {
		return jdbc.sql("select * from survey_invitations where workspace_id = :workspace and id = :id"
				+ (lock ? " for update" : ""))
			.param("workspace", workspaceId).param("id", id)
			.query((rs, n) -> invitation(rs))
			.optional();
	}

	private static Invitation invitation(ResultSet rs) throws SQLException {
		return new Invitation(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getObject("survey_id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getString("email"),
				rs.getString("language"), rs.getString("interaction_id"), rs.getString("channel"),
				rs.getString("touchpoint"), rs.getString("agent"), rs.getString("status"),
				rs.getObject("response_id", UUID.class),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("source"));
	}

	/** Ties the (partial) response to the invitation; a complete one uses the invitation up. */
	boolean answered(UUID workspaceId, UUID id, UUID responseId, boolean complete) {
		return jdbc.sql("""
				update survey_invitations set response_id = :response,
				  status = case when :complete then 'responded' else status end
				where workspace_id = :workspace and id = :id and status <> 'responded'""")
			.param("workspace", workspaceId).param("id", id).param("response", responseId).param("complete", complete)
			.update() == 1;
	}

	boolean invitedSince(UUID workspaceId, UUID customerId, Instant since) {
		return jdbc.sql("""
				select exists (select 1 from survey_invitations
				               where workspace_id = :workspace and customer_id = :customer and created_at > :since)""")
			.param("workspace", workspaceId).param("customer", customerId).param("since", SurveyStore.utc(since))
			.query(Boolean.class).single();
	}

	boolean unsubscribed(UUID workspaceId, String email) {
		return jdbc.sql("select count(*) from survey_unsubscribes where workspace_id = :workspace and email = lower(:email)")
			.param("workspace", workspaceId).param("email", email).query(Long.class).single() > 0;
	}

	void unsubscribe(UUID workspaceId, String email, Instant now) {
		jdbc.sql("""
				insert into survey_unsubscribes (workspace_id, email, unsubscribed_at) values (:workspace, lower(:email), :now)
				on conflict do nothing""")
			.param("workspace", workspaceId).param("email", email).param("now", SurveyStore.utc(now)).update();
	}

	void sent(UUID workspaceId, UUID id, Instant now) {
		jdbc.sql("update survey_invitations set status = 'sent', sent_at = :now where workspace_id = :workspace and id = :id and status = 'open'")
			.param("workspace", workspaceId).param("id", id).param("now", SurveyStore.utc(now)).update();
	}
}
