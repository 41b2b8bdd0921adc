package io.tajriba.web.internal;

import java.util.Optional;

import io.tajriba.platform.Heavy;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a request of a workspace run only within that workspace's share of the server ({@link Bulkhead}). */
final class BulkheadInterceptor implements HandlerInterceptor {

	private static final String PERMIT = BulkheadInterceptor.class.getName() + ".permit";

	private final Bulkhead bulkhead;

	private final Workspaces workspaces;

	BulkheadInterceptor(Bulkhead bulkhead, Workspaces workspaces) {
		this.bulkhead = bulkhead;
		this.workspaces = workspaces;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Optional<Access> access = workspaces.currentMember();
		if (access.isEmpty()) {
			return true;
		}
		boolean heavy = method.hasMethodAnnotation(Heavy.class) || method.getBeanType().isAnnotationPresent(Heavy.class);
		request.setAttribute(PERMIT, bulkhead.enter(access.get().workspaceId(), heavy));
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (request.getAttribute(PERMIT) instanceof Bulkhead.Permit permit) {
			request.removeAttribute(PERMIT);
			permit.close();
		}
	}
}
