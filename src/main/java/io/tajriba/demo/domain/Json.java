package io.tajriba.demo.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A small JSON object writer for generated rows: strings escaped, numbers as given, nulls left out. */
final class Json {

	private final StringBuilder out = new StringBuilder(256).append('{');

	Json put(String key, @Nullable Object value) {
		if (value == null) {
			return this;
		}
		if (out.length() > 1) {
			out.append(',');
		}
		string(key);
		out.append(':');
		switch (value) {
			case Number number -> out.append(number);
			case Boolean bool -> out.append(bool);
			case java.util.List<?> list -> {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					out.append(i == 0 ? "" : ",");
					string(String.valueOf(list.get(i)));
				}
				out.append(']');
			}
			case Map<?, ?> map -> {
				Json inner = new Json();
				map.forEach((k, v) -> inner.put(String.valueOf(k), v));
				out.append(inner);
			}
			default -> string(value.toString());
		}
		return this;
	}

	private void string(String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	@Override
	public String toString() {
		return out + "}";
	}
}
