package io.tajriba.platform;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Tries one dead-lettered item of its kind again, as its job would; the module that owns the job provides one.
 * Returns when the item is done (or there is nothing left to do); throws when it fails again.
 */
public interface DeadLetterHandler {

	String kind();

	void retry(UUID workspaceId, String itemKey);

	/** A handler of the kind that retries with the given action. */
	static DeadLetterHandler of(String kind, BiConsumer<UUID, String> retry) {
		return new DeadLetterHandler() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public void retry(UUID workspaceId, String itemKey) {
				retry.accept(workspaceId, itemKey);
			}
		};
	}
}
