package io.tajriba.actions;

/** The first id and the first value of a field in a JSON answer, for tests that follow links. */
final class Json {

	private Json() {
	}

	static String id(String json) {
		return field(json, "id");
	}

	static String field(String json, String name) {
		String key = "\"" + name + "\":\"";
		int at = json.indexOf(key);
		if (at < 0) {
			throw new AssertionError("No " + name + " in " + json);
		}
		int start = at + key.length();
		return json.substring(start, json.indexOf('"', start));
	}
}
