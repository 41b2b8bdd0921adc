package io.tajriba.surveys.internal;

import java.io.Serializable;
import java.util.UUID;

/**
 * An invitation e-mail (or its one reminder) waiting to be sent by the scheduler. It names the invitation only:
 * the link is made when the mail goes, so the scheduler's table, where a job waits for days, holds no secret.
 * (Jobs queued before carried a token; a record reads them back without it.)
 */
record InvitationMail(UUID workspaceId, UUID invitationId, boolean reminder) implements Serializable {

	InvitationMail(UUID workspaceId, UUID invitationId) {
		this(workspaceId, invitationId, false);
	}
}
