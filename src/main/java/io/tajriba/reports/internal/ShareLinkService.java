package io.tajriba.reports.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.metrics.OverviewView;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.ShareLink;
import io.tajriba.reports.domain.ShareRules;
import io.tajriba.reports.domain.ShareToken;
import io.tajriba.reports.domain.ShareViewer;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Share links: made and revoked by a workspace's analysts, opened by anyone holding the token. A link's filters are
 * checked when it is made and are the only ones its view ever applies; every opening is recorded.
 */
@Service
public class ShareLinkService {

	/** What a link is made of, as asked. */
	public record Request(@Nullable String view, ShareLink.Filters filters, @Nullable Instant expiresAt,
			@Nullable String password, boolean showTexts, boolean showCustomers) {
	}

	/** A new link, with its token: the only time the token is known. */
	public record Created(ShareLink link, String token, String path, String url) {
	}

	/** What a token opens: nothing known, a link that no longer works, or a link (with its password's hash). */
	public sealed interface Opening {
	}

	public record Unknown() implements Opening {
	}

	public record Closed(ShareLink link) implements Opening {
	}

	public record Open(ShareLink link, @Nullable String passwordHash) implements Opening {
	}

	private final ShareLinks links;
	private final Workspaces workspaces;
	private final OverviewView overview;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final String publicUrl;
	private final SecureRandom random = new SecureRandom();

	ShareLinkService(ShareLinks links, Workspaces workspaces, OverviewView overview, PasswordEncoder passwords,
			Clock clock, @Value("${tajriba.public-url:}") String publicUrl) {
		this.links = links;
		this.workspaces = workspaces;
		this.overview = overview;
		this.passwords = passwords;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Transactional
	public Created create(Access access, Request request) {
		Instant now = clock.instant();
		String view = ShareRules.view(request.view());
		Instant expiresAt = ShareRules.expiry(request.expiresAt(), now);
		String password = ShareRules.password(request.password());
		ShareLink.Filters filters = clean(request.filters());
		overview.check(workspaces.workspace(access.workspaceId()), metricsFilters(filters));
		ShareToken token = ShareToken.generate(random);
		UUID id = links.insert(access.workspaceId(), view, filters, token.hash(),
				password == null ? null : passwords.encode(password), request.showTexts(), request.showCustomers(),
				expiresAt, now, access.actor());
		String path = "/shared/" + token.value();
		return new Created(get(access.workspaceId(), id), token.value(), path, base() + path);
	}

	/** The application's public address as configured, else the one this request came to (behind the proxy). */
	private String base() {
		if (!publicUrl.isBlank()) {
			return publicUrl;
		}
		try {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		catch (IllegalStateException noRequest) {
			return "";
		}
	}

	public List<ShareLink> list(UUID workspaceId) {
		return links.list(workspaceId);
	}

	public ShareLink get(UUID workspaceId, UUID id) {
		return links.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Share link"));
	}

	/** Revokes a link of the workspace (its row and views stay); 404 for another workspace's. */
	@Transactional
	public ShareLink revoke(UUID workspaceId, UUID id) {
		if (!links.revoke(workspaceId, id, clock.instant())) {
			throw new NotFoundException("Share link");
		}
		return get(workspaceId, id);
	}

	/** What this token opens now. */
	public Opening open(String token) {
		Optional<ShareLinks.Found> found = ShareToken.parse(token).flatMap(t -> links.byToken(t.hash()));
		if (found.isEmpty()) {
			return new Unknown();
		}
		ShareLink link = found.get().link();
		return link.openAt(clock.instant()) ? new Open(link, found.get().passwordHash()) : new Closed(link);
	}

	public boolean passwordMatches(Open open, String password) {
		return open.passwordHash() != null && passwords.matches(password, open.passwordHash());
	}

	/** Records one opening of the link: when, the address truncated, the browser's name cut short. */
	public void viewed(ShareLink link, @Nullable String address, @Nullable String userAgent) {
		links.viewed(link, clock.instant(), ShareViewer.truncatedAddress(address),
				ShareViewer.agentExcerpt(userAgent));
	}

	public Workspace workspace(ShareLink link) {
		return workspaces.workspace(link.workspaceId());
	}

	/** The figures the link shows, under its own filters only. */
	public Map<String, Object> overview(ShareLink link, Locale locale) {
		return overview.model(workspace(link), metricsFilters(link.filters()), locale);
	}

	private static OverviewView.Filters metricsFilters(ShareLink.Filters f) {
		return new OverviewView.Filters(f.from(), f.to(), f.survey(), f.channel(), f.touchpoint(), f.agent(),
				f.language());
	}

	private static ShareLink.Filters clean(ShareLink.Filters f) {
		return new ShareLink.Filters(f.from(), f.to(), f.survey(), blank(f.channel()), blank(f.touchpoint()),
				blank(f.agent()), blank(f.language()));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
