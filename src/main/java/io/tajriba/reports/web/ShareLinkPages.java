package io.tajriba.reports.web;

import java.time.Clock;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.internal.ShareLinkService;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's share links: each with its view, filters, expiry, password or not, views and last view; a form
 * that makes one and shows its address this once; a button that revokes one.
 */
@Controller
class ShareLinkPages {

	private final ShareLinkService links;
	private final Workspaces workspaces;
	private final SurveyScores surveys;
	private final Clock clock;

	ShareLinkPages(ShareLinkService links, Workspaces workspaces, SurveyScores surveys, Clock clock) {
		this.links = links;
		this.workspaces = workspaces;
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/reports/share-links")
	String list(Model model) {
		return page(workspaces.current(), model);
	}

	@PostMapping("/reports/share-links")
	String create(@RequestParam(defaultValue = "overview") String view,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String survey,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable String agent,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String expiresAt,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(defaultValue = "false") boolean showTexts,
			@RequestParam(defaultValue = "false") boolean showCustomers, Model model, HttpServletResponse response) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		var body = new ShareLinkJson.Body(view,
				new ShareLinkJson.Filters(from, to, survey, channel, touchpoint, agent, language), expiresAt, password,
				showTexts, showCustomers);
		try {
			var created = links.create(access, ShareLinkJson.request(body, workspace.timeZone()));
			model.addAttribute("created", created);
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			model.addAttribute("typed", body);
		}
		return page(access, model);
	}

	@PostMapping("/reports/share-links/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		links.revoke(workspaces.current().workspaceId(), id);
		return "redirect:/reports/share-links";
	}

	private String page(Access access, Model model) {
		model.addAttribute("links", links.list(access.workspaceId()).stream()
			.map(l -> ShareLinkJson.view(l, clock.instant(), null)).toList());
		model.addAttribute("surveys", surveys.surveyNames(access.workspaceId()));
		model.addAttribute("now", clock.instant());
		return "reports/share-links";
	}
}
