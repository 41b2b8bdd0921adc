package io.tajriba.quality;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A support agent of a workspace: {@code key} is the name interactions and survey responses record as their
 * {@code agent}, exactly as recorded; the display name what pages show; the team one of the closed loop's teams
 * (when none is set, the team that lists the agent's name, if any); the user the workspace member who is this agent.
 * {@code source} says whether the agent was found in the recorded data ({@code recorded}) or created up front
 * ({@code created}).
 */
public record Agent(UUID id, String key, String displayName, @Nullable UUID team, @Nullable UUID user, boolean active,
		String source, Instant createdAt) {
}
