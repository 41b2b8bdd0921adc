package io.tajriba.actions.internal;

import io.tajriba.actions.domain.Action;
import org.jspecify.annotations.Nullable;

/** An action as lists and pages show it: its owner's name, its initiative's title, and whether it is overdue today. */
public record ActionView(Action action, @Nullable String ownerName, @Nullable String initiativeTitle,
		boolean overdue) {
}
