package io.tajriba.actions.internal;

import java.util.Map;

/** How a signal is kept on its case: its kind and id (a response's, text's, interaction's, metric window's). */
record Evidence(String kind, String ref, Map<String, Object> detail) {

	Evidence {
		detail = Map.copyOf(detail);
	}
}
