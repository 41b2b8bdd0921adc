package io.tajriba.workspaces.internal;

import java.util.Optional;

import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before any controller runs, a request whose role lacks what its route asks in the {@link RouteTable}.
 * Anonymous callers never get here for a route that is not public: Spring Security sends them to sign in.
 */
final class RolePolicyInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RolePolicyInterceptor.class);

	private final RouteTable table;

	private final Workspaces workspaces;

	RolePolicyInterceptor(RouteTable table, Workspaces workspaces) {
		this.table = table;
		this.workspaces = workspaces;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)
				|| !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route)) {
			return true;
		}
		RouteTable.Rule rule = table.rule(request.getMethod(), route);
		if (rule.isPublic()) {
			return true;
		}
		Optional<Access> access = workspaces.currentMember();
		if (access.isEmpty()) {
			return true;
		}
		if (rule.permission() == null) {
			log.error("{} {} is not in {}: refused to everybody until it is listed", rule.method(), route,
					RouteTable.RESOURCE);
			throw new AccessDeniedException("This route is not open to any role yet");
		}
		if (!access.get().role().may(rule.permission())) {
			throw new AccessDeniedException("The " + access.get().role().id() + " role may not do this");
		}
		return true;
	}
}
