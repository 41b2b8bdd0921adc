package io.tajriba.actions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's timeline: opened, evidence (a further signal joined), status (from, to), owner (from,
 * to), priority (from, to), comment (body), follow_up (channel, note), escalated (target, from, to), recovery
 * (metric, outcome), recovery_answered (metric, score, recovered).
 */
public record CaseEvent(long id, Instant at, String actor, @Nullable UUID actorId, String kind,
		Map<String, String> detail) {
}
