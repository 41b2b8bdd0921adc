package io.tajriba.employees.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's anonymous idea-box link: a secret token of 32 random bytes, of which only the SHA-256 hash is
 * kept (employee_settings.idea_link_hash), so that a copy of the database opens no idea box. Making a new one
 * replaces the old, which then opens nothing.
 */
@Service
public class IdeaLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	IdeaLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Makes (or replaces) the link's token; answers the token, shown once. */
	@Transactional
	public String make(UUID workspaceId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into employee_settings (workspace_id, idea_link_hash, updated_at) values (:w, :hash, :now)
				on conflict (workspace_id) do update set idea_link_hash = excluded.idea_link_hash,
				  updated_at = excluded.updated_at""")
			.param("w", workspaceId).param("hash", hash(token))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
		return token;
	}

	/** The workspace whose link this is; empty for an unknown or replaced token. */
	public Optional<UUID> workspaceOf(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select workspace_id from employee_settings where idea_link_hash = :hash")
			.param("hash", hash(token)).query(UUID.class).optional();
	}

	public boolean exists(UUID workspaceId) {
		return jdbc.sql("select count(*) from employee_settings where workspace_id = :w and idea_link_hash is not null")
			.param("w", workspaceId).query(Long.class).single() > 0;
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
