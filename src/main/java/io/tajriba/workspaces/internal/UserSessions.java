package io.tajriba.workspaces.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** The browser sessions of a user (kept in the database), ended when their password changes. */
@Component
public class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session signed in with this e-mail address, but the one given (the user's own, if any). */
	public void endAll(String email, @Nullable String keep) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(email).keySet().stream().filter(id -> !id.equals(keep))
			.forEach(repository::deleteById);
	}
}
