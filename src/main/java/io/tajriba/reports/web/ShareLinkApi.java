package io.tajriba.reports.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.reports.internal.ShareLinkService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Share links", description = "Read-only links to a dashboard view with fixed filters, for people "
		+ "without an account")
@RestController
@RequestMapping("/api/v1/share-links")
class ShareLinkApi {

	private final ShareLinkService links;
	private final Workspaces workspaces;
	private final Clock clock;

	ShareLinkApi(ShareLinkService links, Workspaces workspaces, Clock clock) {
		this.links = links;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@Operation(summary = "The workspace's share links, newest first, with their views count and last view")
	@GetMapping
	List<ShareLinkJson.View> list() {
		Access access = workspaces.current();
		return links.list(access.workspaceId()).stream().map(l -> ShareLinkJson.view(l, clock.instant(), null))
			.toList();
	}

	@Operation(summary = "Make a share link; the answer carries its url and token, shown this once only (the "
			+ "database keeps only the token's SHA-256). Body: view (overview), filters {from, to, survey, channel, "
			+ "touchpoint, agent, language}, expiresAt (30 days unless given, at most a year), password (optional, "
			+ "at least 8 characters), showTexts, showCustomers. A bad field is a 422 naming it.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ShareLinkJson.View create(@RequestBody ShareLinkJson.Body body) {
		Access access = workspaces.current();
		var created = links.create(access,
				ShareLinkJson.request(body, workspaces.workspace(access.workspaceId()).timeZone()));
		return ShareLinkJson.view(created.link(), clock.instant(), created);
	}

	@Operation(summary = "Revoke a share link: it stops working at once; it stays listed with its views")
	@DeleteMapping("/{id}")
	ShareLinkJson.View revoke(@PathVariable UUID id) {
		Access access = workspaces.current();
		return ShareLinkJson.view(links.revoke(access.workspaceId(), id), clock.instant(), null);
	}
}
