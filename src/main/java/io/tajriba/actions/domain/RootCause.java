package io.tajriba.actions.domain;

import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * Why the customer had the problem, recorded when a case is resolved: a theme of the workspace's taxonomy, or
 * "other" with a note saying what it was.
 */
public record RootCause(String theme, @Nullable String note) {

	public static final String OTHER = "other";

	/** A root cause among the workspace's theme keys; "other" needs a note. */
	public static RootCause of(@Nullable String theme, @Nullable String note, Set<String> themes) {
		String key = theme == null ? "" : theme.strip();
		String text = note == null || note.isBlank() ? null : note.strip();
		if (key.isEmpty()) {
			throw new InvalidFieldException("rootCause", "is required to resolve a case: a theme or other");
		}
		if (!key.equals(OTHER) && !themes.contains(key)) {
			throw new InvalidFieldException("rootCause", "must be one of the workspace's themes or other");
		}
		if (key.equals(OTHER) && text == null) {
			throw new InvalidFieldException("rootCauseNote", "is required when the root cause is other");
		}
		if (text != null && text.length() > 2000) {
			throw new InvalidFieldException("rootCauseNote", "must have at most 2000 characters");
		}
		return new RootCause(key, text);
	}
}
