package io.tajriba.workspaces.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tajriba.platform.Problems;
import io.tajriba.workspaces.ApiKey;
import io.tajriba.workspaces.domain.ApiKeySecret;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}: a known, unrevoked key acts in its workspace; any other
 * bearer value is answered 401 at once. Key use goes to the audit log at most once an hour per key.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
	private static final Duration AUDIT_EVERY = Duration.ofHours(1);

	private final ApiKeys keys;
	private final AuditLog audit;
	private final Clock clock;

	ApiKeyAuthenticationFilter(ApiKeys keys, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKey> key = find(header.substring(7).trim());
		if (key.isEmpty()) {
			Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unknown or revoked API key");
			return;
		}
		ApiKey found = key.get();
		recordUse(found, request.getRemoteAddr());
		var principal = new ApiKeyPrincipal(found.workspaceId(), found.id(), found.prefix(), found.role());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_API_KEY")));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<ApiKey> find(String value) {
		if (value.isEmpty() || value.length() > 200) {
			return Optional.empty();
		}
		return keys.findActive(new ApiKeySecret(value));
	}

	private void recordUse(ApiKey key, String remoteAddr) {
		Instant now = clock.instant();
		Instant last = key.lastUsedAt();
		if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
			keys.touch(key.workspaceId(), key.id(), now);
		}
		// its own timestamp: last_used_at is refreshed every minute, so it is never an hour old for a key in use
		if (keys.claimAudit(key.workspaceId(), key.id(), now, AUDIT_EVERY)) {
			audit.append(key.workspaceId(), now, "key:" + key.prefix(), "api_key.used", key.name(), null, remoteAddr);
		}
	}
}
