package io.tajriba.actions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.domain.Action;
import io.tajriba.actions.internal.ActionChange;
import io.tajriba.actions.internal.ActionService;
import io.tajriba.actions.internal.ActionView;
import io.tajriba.actions.internal.InitiativeReader;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action's page: its fields to edit, its comments, and links back to the insight it came from and to its
 * initiative. A refused change comes back naming its field, with what was typed.
 */
@Controller
class ActionPages {

	static final List<String> EDIT_FIELDS = List.of("title", "description", "owner", "dueOn", "status", "progress",
			"initiative");

	private final Workspaces workspaces;
	private final ActionService actions;
	private final InitiativeReader initiatives;
	private final AccessAdministration administration;

	ActionPages(Workspaces workspaces, ActionService actions, InitiativeReader initiatives,
			AccessAdministration administration) {
		this.workspaces = workspaces;
		this.actions = actions;
		this.initiatives = initiatives;
		this.administration = administration;
	}

	@GetMapping("/actions/{id}")
	String page(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		ActionView view = actions.get(access, id);
		Action a = view.action();
		model.addAttribute("v", view);
		model.addAttribute("a", a);
		model.addAttribute("comments", actions.comments(access, id));
		model.addAttribute("insightPage", ActionForms.page(a.insight()));
		model.addAttribute("canEdit", ActionService.mayChange(access, a));
		model.addAttribute("members", administration.membersOf(workspace.id()));
		model.addAttribute("initiatives", initiatives.choices(workspace.id()));
		model.addAttribute("statuses", ActionForms.STATUSES);
		model.addAttribute("noon", new ActionForms.Noon(workspace.timeZone()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("title", a.title(), "description", a.description(), "owner",
					a.owner() == null ? "" : a.owner().toString(), "dueOn", a.dueOn() == null ? "" : a.dueOn().toString(),
					"status", a.status().id(), "progress", String.valueOf(a.progress()), "initiative",
					a.initiative() == null ? "" : a.initiative().toString()));
		}
		return "actions/action";
	}

	@PostMapping("/actions/{id}")
	String change(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes flash) {
		Access access = workspaces.current();
		actions.get(access, id);
		try {
			String status = ActionForms.blank(params.get("status"));
			// the form always sends the progress it showed: a done action is at 100, whatever the field said
			Integer progress = "done".equals(status) ? null : ActionForms.number("progress", params.get("progress"));
			actions.change(access, id, new ActionChange(params.getOrDefault("title", ""),
					params.getOrDefault("description", ""), true, ActionForms.id("owner", params.get("owner")), true,
					Dates.parseDate("dueOn", params.get("dueOn")), status, progress, true,
					ActionForms.id("initiative", params.get("initiative"))));
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			Map<String, String> typed = new LinkedHashMap<>();
			EDIT_FIELDS.forEach(f -> typed.put(f, params.getOrDefault(f, "")));
			flash.addFlashAttribute("form", typed);
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/actions/" + id;
	}

	@PostMapping("/actions/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
		Access access = workspaces.current();
		actions.get(access, id);
		try {
			actions.comment(access, id, body);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
			flash.addFlashAttribute("typedComment", body);
		}
		return "redirect:/actions/" + id + "#comments";
	}
}
