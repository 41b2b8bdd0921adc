package io.tajriba.workspaces.internal;

import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.domain.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table: people who sign in. A user may belong to several workspaces. */
@Repository
public class UserAccounts {

	public record UserAccount(UUID id, String email, String displayName, String passwordHash) {
	}

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(EmailAddress email, String displayName, String passwordHash) {
		return jdbc.sql("""
				insert into users (email, display_name, password_hash) values (:email, :name, :hash) returning id""")
			.param("email", email.value()).param("name", displayName).param("hash", passwordHash)
			.query(UUID.class).single();
	}

	public Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("select * from users where lower(email) = lower(:email)")
			.param("email", email.trim())
			.query((rs, n) -> new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), rs.getString("password_hash")))
			.optional();
	}

	public Optional<UserAccount> find(UUID id) {
		return jdbc.sql("select * from users where id = :id").param("id", id)
			.query((rs, n) -> new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), rs.getString("password_hash")))
			.optional();
	}

	public void changePassword(UUID id, String passwordHash) {
		jdbc.sql("update users set password_hash = :hash where id = :id").param("id", id).param("hash", passwordHash)
			.update();
	}

	/** Remembers the language the user last chose for the pages, for what is written to them (e-mails). */
	public void rememberLanguage(UUID id, String language) {
		jdbc.sql("update users set language = :language where id = :id and language is distinct from :language")
			.param("id", id).param("language", language).update();
	}

	public java.util.Optional<String> language(UUID id) {
		return jdbc.sql("select language from users where id = :id and language is not null").param("id", id)
			.query(String.class).optional();
	}
}
