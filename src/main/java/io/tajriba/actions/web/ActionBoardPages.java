package io.tajriba.actions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.actions.domain.ActionStatus;
import io.tajriba.actions.domain.InsightLink;
import io.tajriba.actions.internal.ActionService;
import io.tajriba.actions.internal.ActionView;
import io.tajriba.actions.internal.InitiativeReader;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The actions board (a column per status, the closed ones last and folded), the form that starts an action from an
 * insight, and the badge an insight shows of what was started from it.
 */
@Controller
class ActionBoardPages {

	/** A column of the board: the actions of one status. */
	record Column(String status, List<ActionView> actions, boolean closed) {
	}

	static final List<String> NEW_FIELDS = List.of("title", "description", "owner", "dueOn", "status", "progress",
			"initiative", "kind", "ref", "label", "stage", "touchpoint");

	private final Workspaces workspaces;
	private final ActionService actions;
	private final InitiativeReader initiatives;
	private final AccessAdministration administration;

	ActionBoardPages(Workspaces workspaces, ActionService actions, InitiativeReader initiatives,
			AccessAdministration administration) {
		this.workspaces = workspaces;
		this.actions = actions;
		this.initiatives = initiatives;
		this.administration = administration;
	}

	@GetMapping("/actions")
	String board(@RequestParam(required = false) @Nullable String owner,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String insightKind,
			@RequestParam(required = false) @Nullable String insightRef, Model model) {
		Access access = workspaces.current();
		var filter = ActionApi.filter(null, ActionForms.id("owner", owner), ActionForms.id("initiative", initiative),
				insightKind, insightRef, overdue);
		List<ActionView> found = actions.list(access, filter);
		model.addAttribute("columns", List.of(ActionStatus.values()).stream()
			.map(s -> new Column(s.id(), found.stream().filter(v -> v.action().status() == s).toList(), !s.isOpen()))
			.toList());
		model.addAttribute("filter", filter);
		model.addAttribute("insightShown", found.stream().filter(v -> v.action().insight() != null).findFirst()
			.map(v -> v.action().insight().shown()).orElse(filter.insightRef()));
		common(access, model);
		return "actions/board";
	}

	@GetMapping("/actions/new")
	String form(@RequestParam Map<String, String> params, Model model) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : NEW_FIELDS) {
			typed.put(field, params.getOrDefault(field, ""));
		}
		typed.put("status", typed.get("status").isEmpty() ? ActionStatus.NOT_STARTED.id() : typed.get("status"));
		typed.put("progress", typed.get("progress").isEmpty() ? "0" : typed.get("progress"));
		return showForm(typed, model);
	}

	@PostMapping("/actions")
	String create(@RequestParam Map<String, String> params, Model model) {
		Access access = workspaces.current();
		try {
			NewAction action = new NewAction(params.getOrDefault("title", ""), params.get("description"),
					ActionForms.id("owner", params.get("owner")), Dates.parseDate("dueOn", params.get("dueOn")),
					ActionForms.blank(params.get("status")), ActionForms.number("progress", params.get("progress")),
					ActionForms.id("initiative", params.get("initiative")), params.get("kind"), params.get("ref"),
					params.get("label"), params.get("stage"), params.get("touchpoint"), null);
			return "redirect:/actions/" + actions.create(access, action).action().id();
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			Map<String, String> typed = new LinkedHashMap<>();
			NEW_FIELDS.forEach(f -> typed.put(f, params.getOrDefault(f, "")));
			return showForm(typed, model);
		}
	}

	/** What was started from an insight, with links to start more, for the pages that show insights. */
	@GetMapping("/actions/insight")
	String badge(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String ref,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String touchpoint, Model model) {
		Access access = workspaces.current();
		InsightLink insight = InsightLink.of(kind, ref, label);
		if (insight == null) {
			throw new InvalidFieldException("kind", "is required, with ref");
		}
		model.addAttribute("insight", insight);
		model.addAttribute("stage", ActionForms.blank(stage));
		model.addAttribute("touchpoint", ActionForms.blank(touchpoint));
		model.addAttribute("summary", actions.summary(access.workspaceId(), insight));
		model.addAttribute("canCreate", ActionService.mayCreate(access));
		return "actions/plan-parts :: badge";
	}

	private String showForm(Map<String, String> typed, Model model) {
		Access access = workspaces.current();
		model.addAttribute("form", typed);
		InsightLink insight = null;
		try {
			insight = InsightLink.of(typed.get("kind"), typed.get("ref"), typed.get("label"));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
		}
		model.addAttribute("insight", insight);
		model.addAttribute("insightPage", ActionForms.page(insight));
		common(access, model);
		return "actions/action-new";
	}

	private void common(Access access, Model model) {
		Workspace workspace = workspaces.workspace(access.workspaceId());
		model.addAttribute("members", administration.membersOf(workspace.id()));
		model.addAttribute("initiatives", initiatives.choices(workspace.id()));
		model.addAttribute("statuses", ActionForms.STATUSES);
		model.addAttribute("noon", new ActionForms.Noon(workspace.timeZone()));
		model.addAttribute("canCreate", ActionService.mayCreate(access));
	}
}
