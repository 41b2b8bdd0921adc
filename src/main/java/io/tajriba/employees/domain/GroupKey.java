package io.tajriba.employees.domain;

import org.jspecify.annotations.Nullable;

/** A group of employees: a team (with the department it sat in), a department or a location. */
public record GroupKey(String name, @Nullable String department) {

	public static GroupKey of(String name) {
		return new GroupKey(name, null);
	}
}
