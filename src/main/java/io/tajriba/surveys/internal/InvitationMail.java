package io.tajriba.surveys.internal;

import java.io.Serializable;
import java.util.UUID;

/**
 * An invitation e-mail waiting to be sent by the scheduler. It carries the token because only its hash is stored;
 * the scheduler's row goes once the mail is sent.
 */
record InvitationMail(UUID workspaceId, UUID invitationId, String token) implements Serializable {
}
