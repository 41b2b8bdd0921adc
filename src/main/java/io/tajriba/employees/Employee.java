package io.tajriba.employees;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An employee of the directory: the company's own {@code id}, the team they sit in (and its department), where they
 * work, the id of their manager (another employee, who may not be in the directory yet), the workspace member they
 * are ({@code userId}), the support agent they are (the quality module's agent key), the language they are asked in.
 */
public record Employee(String id, String name, @Nullable String email, String team, String department,
		@Nullable String location, @Nullable String manager, @Nullable UUID userId, @Nullable String agent,
		@Nullable String language, boolean active) {
}
