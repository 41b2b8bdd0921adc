package io.tajriba.workspaces.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.domain.OneTimeToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password resets asked for by e-mail, found by the hash of their link's token; each works once. */
@Repository
public class PasswordResets {

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID userId, OneTimeToken token, Instant now, Instant expires) {
		jdbc.sql("""
				insert into password_resets (token_hash, user_id, created_at, expires_at)
				values (:hash, :user, :now, :expires)""")
			.param("hash", token.hash()).param("user", userId).param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", expires.atOffset(ZoneOffset.UTC)).update();
	}

	/** How many resets the user asked for since then: a mailbox is not flooded with them. */
	public int askedSince(UUID userId, Instant since) {
		return jdbc.sql("select count(*) from password_resets where user_id = :user and created_at > :since")
			.param("user", userId).param("since", since.atOffset(ZoneOffset.UTC)).query(Integer.class).single();
	}

	/** The user of an unused, unexpired reset; locked until the transaction ends if {@code lock}. */
	public Optional<UUID> usable(OneTimeToken token, Instant now, boolean lock) {
		return jdbc.sql("""
				select user_id from password_resets where token_hash = :hash and used_at is null and expires_at > :now
				""" + (lock ? "for update" : ""))
			.param("hash", token.hash()).param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).optional();
	}

	/** Every outstanding reset of the user stops working: the password was just set. */
	public void usedAll(UUID userId, Instant now) {
		jdbc.sql("update password_resets set used_at = :now where user_id = :user and used_at is null")
			.param("user", userId).param("now", now.atOffset(ZoneOffset.UTC)).update();
	}
}
