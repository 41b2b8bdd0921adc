package io.tajriba.interactions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.interactions.domain.ChannelKind;
import io.tajriba.interactions.internal.ChannelCatalog;
import io.tajriba.interactions.internal.ChannelCatalog.Channel;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Channels", description = "The workspace's channels, whether each is online or offline, and their "
		+ "touchpoints")
@RestController
@RequestMapping("/api/v1/channels")
class ChannelApi {

	/** A channel as the API shows it: its key, kind, how many interactions it has and its touchpoints' names. */
	record ChannelView(String key, String kind, long interactions, List<String> touchpoints) {

		static ChannelView of(Channel channel) {
			return new ChannelView(channel.key(), channel.kind().key(), channel.interactions(),
					channel.touchpoints().stream().map(ChannelCatalog.Touchpoint::name).toList());
		}
	}

	private final Workspaces workspaces;
	private final ChannelCatalog catalog;

	ChannelApi(Workspaces workspaces, ChannelCatalog catalog) {
		this.workspaces = workspaces;
		this.catalog = catalog;
	}

	@Operation(summary = "The channels, by key, with their kind (online or offline)")
	@GetMapping
	List<ChannelView> list() {
		return catalog.channels(workspaces.current().workspaceId()).stream().map(ChannelView::of).toList();
	}

	@Operation(summary = "Make a channel online or offline: {\"kind\":\"online\"}; journey analyses count its "
			+ "interactions in that funnel from then on. 422 names kind for anything else")
	@PatchMapping(path = "/{name}", consumes = "application/json")
	ChannelView change(@PathVariable String name, @RequestBody JsonNode change) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		// read as a tree so that a kind of the wrong JSON type is refused like any other kind
		JsonNode kind = change.path("kind");
		ChannelKind chosen = ChannelKind.parse("kind", kind.isString() ? kind.asString() : null);
		catalog.changeKind(access.workspaceId(), name, chosen);
		return catalog.channels(access.workspaceId()).stream().filter(c -> c.key().equals(name)).findFirst()
			.map(ChannelView::of).orElseThrow();
	}
}
