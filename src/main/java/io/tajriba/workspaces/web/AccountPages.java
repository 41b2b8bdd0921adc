package io.tajriba.workspaces.web;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Accounts;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.MemberInvitations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own pages: accepting an invitation, resetting a forgotten password (both open to anyone holding the
 * e-mailed link) and changing the password when signed in. A refused value shows the page again, naming it.
 */
@Controller
class AccountPages {

	private final MemberInvitations invitations;
	private final Accounts accounts;

	AccountPages(MemberInvitations invitations, Accounts accounts) {
		this.invitations = invitations;
		this.accounts = accounts;
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitations.open(token).orElse(null));
		return "account/invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			invitations.accept(token, displayName, password);
			return request.getUserPrincipal() != null ? "redirect:/" : "redirect:/login?joined";
		}
		catch (InvalidFieldException e) {
			refused(e, response, model);
			model.addAttribute("displayName", displayName);
			return invitation(token, model);
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// another invitation to the same address made its account at this very moment: the link still works,
			// and opened again it offers to join with that account
			return token.matches("[A-Za-z0-9_-]{1,100}") ? "redirect:/invitations/" + token : "redirect:/login";
		}
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return "account/forgot";
	}

	/** The same answer, at the same pace, whether the address has an account or not. */
	@PostMapping("/password/forgot")
	String requestReset(@RequestParam String email) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		accounts.requestReset(email, Languages.SUPPORTED.contains(language) ? language : "en");
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.resetUsable(token));
		return "account/reset";
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @RequestParam String password, HttpServletResponse response,
			Model model) {
		try {
			accounts.reset(token, password);
			return "redirect:/login?reset";
		}
		catch (InvalidFieldException e) {
			refused(e, response, model);
			return resetForm(token, model);
		}
	}

	@GetMapping("/settings/password")
	String password(Model model) {
		model.addAttribute("events", accounts.myEvents(20));
		return "account/password";
	}

	@PostMapping("/settings/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String password,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
		try {
			var session = request.getSession(false);
			accounts.changePassword(currentPassword, password, session == null ? null : session.getId());
			flash.addFlashAttribute("changed", true);
			return "redirect:/settings/password";
		}
		catch (InvalidFieldException e) {
			refused(e, response, model);
			return password(model);
		}
	}

	private static void refused(InvalidFieldException e, HttpServletResponse response, Model model) {
		response.setStatus(422);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", e.getMessage());
	}
}
