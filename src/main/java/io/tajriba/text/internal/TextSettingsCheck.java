package io.tajriba.text.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.tajriba.platform.DeadLetters;

/**
 * Whether a workspace's texts can be analysed: its languages, themes and adapted models must be readable. One
 * that cannot be read gets a dead letter and waits: its texts stay queued, tried again every few minutes (or at
 * once, when an admin retries), and the letter is resolved as soon as they read again.
 */
final class TextSettingsCheck {

	static final String KEY = "settings";
	static final Duration PAUSE = Duration.ofMinutes(5);

	private final WorkspaceText workspaces;
	private final DeadLetters deadLetters;
	private final Clock clock;

	TextSettingsCheck(WorkspaceText workspaces, DeadLetters deadLetters, Clock clock) {
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	/** True when the settings read; false, with the failure recorded, when not or when it failed moments ago. */
	boolean usable(UUID workspaceId) {
		var letter = deadLetters.open(workspaceId, TextDeadLetters.SETTINGS, KEY);
		if (letter.isPresent() && letter.get().lastFailedAt().plus(PAUSE).isAfter(clock.instant())) {
			return false;
		}
		try {
			load(workspaceId);
		}
		catch (RuntimeException e) {
			deadLetters.record(workspaceId, TextDeadLetters.SETTINGS, KEY, e);
			return false;
		}
		if (letter.isPresent()) {
			deadLetters.resolve(workspaceId, TextDeadLetters.SETTINGS, KEY);
		}
		return true;
	}

	/** Reads the settings afresh, not from the cache; throws what stops them being read. */
	void read(UUID workspaceId) {
		workspaces.forget(workspaceId);
		load(workspaceId);
	}

	/** The settings as the analysis reads them, cached for a minute once read; throws what stops them being read. */
	private void load(UUID workspaceId) {
		workspaces.languages(workspaceId);
		workspaces.themes(workspaceId);
		workspaces.adapted(workspaceId);
	}
}
