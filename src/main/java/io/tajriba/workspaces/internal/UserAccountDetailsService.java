package io.tajriba.workspaces.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the user signing in by e-mail address, and stores a stronger hash of their password when it is due. Not a
 * bean: only the sign-in provider uses it, so Spring Security builds no second way to sign in around it.
 */
class UserAccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		SignedInUser signedIn = (SignedInUser) user;
		users.changePassword(signedIn.id(), newPasswordHash);
		return new SignedInUser(signedIn.id(), signedIn.getUsername(), signedIn.displayName(), newPasswordHash);
	}
}
