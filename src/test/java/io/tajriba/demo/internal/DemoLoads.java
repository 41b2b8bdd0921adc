package io.tajriba.demo.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** For tests elsewhere: the demo company loaded into a workspace, as {@code ./tajriba demo} loads it. */
@Component
public class DemoLoads {

	private final DemoData data;

	DemoLoads(DemoData data) {
		this.data = data;
	}

	/** Loads a demo company of this many customers; answers the number of interactions stored. */
	public long load(UUID workspaceId, int customers, long seed) {
		return data.load(workspaceId, customers, seed).interactions();
	}
}
