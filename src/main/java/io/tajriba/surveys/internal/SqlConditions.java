package io.tajriba.surveys.internal;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The conditions of a query built from optional filters, and their named parameters. */
final class SqlConditions {

	final StringBuilder sql = new StringBuilder();
	final Map<String, Object> params = new HashMap<>();

	SqlConditions(String first) {
		sql.append(first);
	}

	SqlConditions param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	void add(String condition) {
		sql.append(" and ").append(condition);
	}

	/** {@code column = :column}, unless the value is null. */
	void equal(String column, @Nullable Object value) {
		if (value != null) {
			add(column + " = :" + column);
			params.put(column, value);
		}
	}

	@Override
	public String toString() {
		return sql.toString();
	}
}
