package io.tajriba.platform.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import io.tajriba.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query or form parameter holding the NUL character (as {@code q.x=%00}) with 400 naming it, on every
 * page and API route: PostgreSQL cannot store it, and no text anyone types contains it. Multipart uploads are left
 * alone, so that their parts are not read here, before their size is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NulParameterFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasNul(parameter.getKey(), parameter.getValue())) {
				String name = parameter.getKey().replace('\0', '?');
				Problems.write(request, response, HttpStatus.BAD_REQUEST,
						"The parameter '" + name + "' " + BoundedInputConfiguration.NUL, name);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(String name, String[] values) {
		if (name.indexOf('\0') >= 0) {
			return true;
		}
		for (String value : values) {
			if (value != null && value.indexOf('\0') >= 0) {
				return true;
			}
		}
		return false;
	}
}
