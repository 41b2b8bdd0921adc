package io.tajriba.workspaces.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the user signing in by e-mail address. */
@Service
class UserAccountDetailsService implements UserDetailsService {

	private final UserAccounts users;

	UserAccountDetailsService(UserAccounts users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(email)
			.map(user -> new SignedInUser(user.id(), user.email(), user.displayName(), user.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
