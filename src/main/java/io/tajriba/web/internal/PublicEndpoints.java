package io.tajriba.web.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The operational endpoints and which of them anyone may read ({@code tajriba.management.public}): health always;
 * {@code info}, {@code prometheus} and {@code api-docs} (the OpenAPI description and its Swagger UI) only when
 * named. The others are for signed-in users, who may look at the API docs and metrics of their installation.
 */
final class PublicEndpoints {

	static final List<String> PATHS = List.of("/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**");
	private static final Set<String> KNOWN = Set.of("health", "info", "prometheus", "api-docs");

	private final Set<String> open;

	PublicEndpoints(Collection<String> named) {
		this.open = named.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		for (String name : open) {
			if (!KNOWN.contains(name)) {
				throw new IllegalArgumentException("tajriba.management.public: '" + name + "' is none of " + KNOWN);
			}
		}
	}

	/** Whether anyone, signed in or not, may read this request's endpoint. */
	boolean isPublic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return endpoint(path).equals("health") || open.contains(endpoint(path));
	}

	/** health, info, prometheus, api-docs, or the actuator path's first segment for the others. */
	static String endpoint(String path) {
		if (path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
			return "api-docs";
		}
		String rest = path.startsWith("/actuator/") ? path.substring("/actuator/".length()) : "";
		int slash = rest.indexOf('/');
		return slash < 0 ? rest : rest.substring(0, slash);
	}
}
