package io.tajriba.surveys.internal;

import java.io.Serializable;
import java.util.UUID;

/**
 * An invitation e-mail (or its one reminder) waiting to be sent by the scheduler. It carries the token because
 * only its hash is stored; the scheduler's row goes once the mail is sent.
 */
record InvitationMail(UUID workspaceId, UUID invitationId, String token, boolean reminder) implements Serializable {

	InvitationMail(UUID workspaceId, UUID invitationId, String token) {
		this(workspaceId, invitationId, token, false);
	}
}
