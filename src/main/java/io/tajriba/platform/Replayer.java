package io.tajriba.platform;

import java.util.UUID;

/**
 * Takes a corrected rejected row of its source ({@code interactions}, {@code customers}, ...) and ingests it as
 * if it had been sent again; each ingesting module provides one.
 */
public interface Replayer {

	String source();

	/** Ingests the row; throws {@link InvalidFieldException} when it is still not acceptable. */
	void replay(UUID workspaceId, String raw);
}
