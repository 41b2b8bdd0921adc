package io.tajriba.workspaces.web;

import java.time.ZoneId;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.MemberInvitations;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings pages: workspace, members, API keys, audit log; and the workspace switcher. */
@Controller
class SettingsPages {

	private final Workspaces workspaces;
	private final AccessAdministration administration;
	private final MemberInvitations invitations;

	SettingsPages(Workspaces workspaces, AccessAdministration administration, MemberInvitations invitations) {
		this.workspaces = workspaces;
		this.administration = administration;
		this.invitations = invitations;
	}

	@PostMapping("/workspaces/switch")
	String switchTo(@RequestParam UUID workspace) {
		workspaces.switchTo(workspace);
		return "redirect:/";
	}

	@GetMapping("/settings")
	String workspace(Model model) {
		model.addAttribute("calendars", CalendarSystem.values());
		model.addAttribute("canAdminister", workspaces.current().role().canAdminister());
		return "settings/workspace";
	}

	@PostMapping("/settings")
	String updateWorkspace(@RequestParam String name, @RequestParam String defaultLocale,
			@RequestParam String timeZone, @RequestParam String calendar, RedirectAttributes flash) {
		ZoneId zone = Workspaces.zone("timeZone", timeZone);
		workspaces.update(name, defaultLocale, zone, CalendarSystem.of("calendar", calendar));
		flash.addFlashAttribute("saved", true);
		return "redirect:/settings";
	}

	@GetMapping("/settings/members")
	String members(Model model) {
		model.addAttribute("members", administration.members());
		model.addAttribute("roles", Role.values());
		boolean canAdminister = workspaces.current().role().canAdminister();
		model.addAttribute("canAdminister", canAdminister);
		model.addAttribute("invitations", canAdminister ? invitations.pending() : java.util.List.of());
		return "settings/members";
	}

	/** Sends an invitation; the page says the same whether the address has an account or not. */
	@PostMapping("/settings/members")
	String invite(@RequestParam String email, @RequestParam String role, RedirectAttributes flash) {
		flash.addFlashAttribute("invited", invitations.invite(email, Role.of("role", role)).email());
		return "redirect:/settings/members";
	}

	@PostMapping("/settings/members/invitations/{id}/revoke")
	String revokeInvitation(@PathVariable UUID id) {
		invitations.revoke(id);
		return "redirect:/settings/members";
	}

	@GetMapping("/settings/api-keys")
	String apiKeys(Model model) {
		model.addAttribute("keys", administration.apiKeys());
		model.addAttribute("roles", new Role[] { Role.ANALYST, Role.AGENT, Role.VIEWER });
		return "settings/api-keys";
	}

	@PostMapping("/settings/api-keys")
	String issueKey(@RequestParam String name, @RequestParam String role, RedirectAttributes flash) {
		flash.addFlashAttribute("issued", administration.issueKey(name, Role.of("role", role)));
		return "redirect:/settings/api-keys";
	}

	@PostMapping("/settings/api-keys/{id}/revoke")
	String revokeKey(@PathVariable UUID id) {
		administration.revokeKey(id);
		return "redirect:/settings/api-keys";
	}

	@GetMapping("/settings/audit")
	String audit(Model model) {
		model.addAttribute("entries", administration.auditLog(200));
		return "settings/audit";
	}

	/** A bad form value: back to the form with the field named, nothing lost but the password. */
	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		String path = request.getRequestURI();
		return "redirect:" + (path.startsWith("/settings") ? path.replaceAll("(/invitations)?/[0-9a-f-]{36}/revoke$", "") : "/");
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(jakarta.servlet.http.HttpServletResponse response, Model model) {
		response.setStatus(403);
		model.addAttribute("status", 403);
		return "error";
	}
}
