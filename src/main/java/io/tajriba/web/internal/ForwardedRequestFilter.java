package io.tajriba.web.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import io.tajriba.web.domain.ProxyChain;
import io.tajriba.web.domain.ProxyChain.Client;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind trusted reverse proxies ({@code tajriba.http.trusted-proxies}), the request shows the client's address
 * (what rate limits count) and the scheme it used: an HTTPS client then gets {@code Secure} cookies and HSTS, as
 * when Tomcat serves HTTPS itself. Headers from any other peer are ignored.
 */
class ForwardedRequestFilter extends OncePerRequestFilter {

	private final ProxyChain proxies;

	ForwardedRequestFilter(ProxyChain proxies) {
		this.proxies = proxies;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var client = proxies.client(request.getRemoteAddr(), headers(request, "Forwarded"),
				headers(request, "X-Forwarded-For"), headers(request, "X-Forwarded-Proto"));
		chain.doFilter(client.isPresent() ? new Forwarded(request, client.get()) : request, response);
	}

	private static List<String> headers(HttpServletRequest request, String name) {
		var values = request.getHeaders(name);
		return values == null ? List.of() : Collections.list(values);
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final Client client;

		Forwarded(HttpServletRequest request, Client client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client.address();
		}

		@Override
		public String getRemoteHost() {
			return client.address();
		}

		@Override
		public String getScheme() {
			return client.scheme() != null ? client.scheme() : super.getScheme();
		}

		@Override
		public boolean isSecure() {
			return client.scheme() != null ? client.scheme().equals("https") : super.isSecure();
		}

		@Override
		public int getServerPort() {
			if (client.scheme() == null || client.scheme().equals(super.getScheme())) {
				return super.getServerPort();
			}
			String port = getHeader("X-Forwarded-Port");
			if (port != null && port.strip().matches("^\\d{1,5}$")) {
				return Integer.parseInt(port.strip());
			}
			return client.scheme().equals("https") ? 443 : 80;
		}

		@Override
		public StringBuffer getRequestURL() {
			int port = getServerPort();
			boolean usual = getScheme().equals("https") ? port == 443 : port == 80;
			return new StringBuffer(getScheme()).append("://").append(getServerName())
				.append(usual ? "" : ":" + port).append(getRequestURI());
		}
	}
}
