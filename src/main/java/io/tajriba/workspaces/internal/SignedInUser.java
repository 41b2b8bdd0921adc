package io.tajriba.workspaces.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a browser session. Roles are per workspace, so they are looked up per request. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String email;
	private final String displayName;
	private @Nullable String passwordHash;

	SignedInUser(UUID id, String email, String displayName, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
