package io.tajriba.interactions.web;

import io.tajriba.interactions.domain.ChannelKind;
import io.tajriba.interactions.internal.ChannelCatalog;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Channels with their kind (online or offline) and their touchpoints, with how many interactions each has; new ones
 * created ahead of ingest.
 */
@Controller
class ChannelPages {

	private final Workspaces workspaces;
	private final ChannelCatalog catalog;

	ChannelPages(Workspaces workspaces, ChannelCatalog catalog) {
		this.workspaces = workspaces;
		this.catalog = catalog;
	}

	@GetMapping("/channels")
	String channels(Model model) {
		Access access = workspaces.current();
		model.addAttribute("channels", catalog.channels(access.workspaceId()));
		model.addAttribute("canWrite", access.role().canWrite());
		model.addAttribute("kinds", ChannelKind.values());
		return "interactions/channels";
	}

	@PostMapping("/channels")
	String createChannel(@RequestParam(defaultValue = "") String key, RedirectAttributes flash) {
		String created = catalog.createChannel(writer().workspaceId(), key);
		flash.addFlashAttribute("saved", created);
		return "redirect:/channels";
	}

	@PostMapping("/channels/touchpoints")
	String createTouchpoint(@RequestParam(defaultValue = "") String channel,
			@RequestParam(required = false) @Nullable String name, RedirectAttributes flash) {
		catalog.createTouchpoint(writer().workspaceId(), channel, name);
		flash.addFlashAttribute("saved", name == null ? "" : name.strip());
		return "redirect:/channels";
	}

	@PostMapping("/channels/kind")
	String changeKind(@RequestParam(defaultValue = "") String channel,
			@RequestParam(required = false) @Nullable String kind, RedirectAttributes flash) {
		Access access = writer();
		ChannelKind chosen = ChannelKind.parse("kind", kind);
		if (!catalog.channelKeys(access.workspaceId()).contains(channel)) {
			throw new InvalidFieldException("channel", "is not a channel of this workspace");
		}
		catalog.changeKind(access.workspaceId(), channel, chosen);
		flash.addFlashAttribute("saved", channel);
		return "redirect:/channels";
	}

	private Access writer() {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		return access;
	}

	/** A bad key or name: back to the page with the field named. */
	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		return "redirect:/channels";
	}
}
