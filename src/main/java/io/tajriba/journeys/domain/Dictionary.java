package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names (touchpoints, channels, interaction types) as dense codes 0, 1, 2, ... in order of first sight, so that
 * millions of interactions carry an int instead of a string and analyses index arrays by it. Not thread-safe.
 */
public final class Dictionary {

	private final Map<String, Integer> codes = new HashMap<>();
	private final List<String> names = new ArrayList<>();

	/** The code of the name, given a new one on first sight. */
	public int encode(String name) {
		Integer code = codes.get(name);
		if (code != null) {
			return code;
		}
		codes.put(name, names.size());
		names.add(name);
		return names.size() - 1;
	}

	/** The code of a name already seen, or -1. */
	public int codeOf(String name) {
		return codes.getOrDefault(name, -1);
	}

	public String name(int code) {
		if (code < 0 || code >= names.size()) {
			throw new IllegalArgumentException("no name with code " + code);
		}
		return names.get(code);
	}

	public int size() {
		return names.size();
	}
}
