package io.tajriba.actions.web;

import java.util.List;
import java.util.UUID;

import io.tajriba.actions.CaseView;
import io.tajriba.actions.internal.CaseInbox;
import io.tajriba.actions.internal.RuleService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cases inbox: mine, my team's or all, filtered, the most pressing first. */
@Controller
class CaseInboxPages {

	static final int PAGE = 50;

	private final Workspaces workspaces;
	private final CaseInbox inbox;
	private final RuleService rules;
	private final AccessAdministration administration;

	CaseInboxPages(Workspaces workspaces, CaseInbox inbox, RuleService rules, AccessAdministration administration) {
		this.workspaces = workspaces;
		this.inbox = inbox;
		this.rules = rules;
		this.administration = administration;
	}

	@GetMapping("/cases")
	String inbox(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID rule,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Access access = workspaces.current();
		String shown = view == null || view.isBlank() ? (access.role() == Role.AGENT ? "team" : "all") : view;
		List<CaseView> found = inbox.list(access, new CaseInbox.Query(shown, status, priority, owner, null, rule,
				touchpoint, overdue, true), Math.max(0, page), PAGE);
		model.addAttribute("cases", found.subList(0, Math.min(PAGE, found.size())).stream()
			.map(c -> new Row(c, SlaBadge.of(c))).toList());
		model.addAttribute("more", found.size() > PAGE);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("view", shown);
		model.addAttribute("filter", new Filter(status, priority, owner, rule, touchpoint, overdue));
		model.addAttribute("rules", rules.list(access));
		model.addAttribute("members", administration.membersOf(access.workspaceId()));
		return "actions/inbox";
	}

	/** A case in the list with its service-level badge. */
	public record Row(CaseView c, SlaBadge sla) {
	}

	/** The filters as chosen, to keep them in the form and the page links. */
	public record Filter(@Nullable String status, @Nullable String priority, @Nullable UUID owner, @Nullable UUID rule,
			@Nullable String touchpoint, boolean overdue) {
	}
}
