package io.tajriba.interactions.web;

import java.util.UUID;

import io.tajriba.interactions.internal.RejectedRowReplays;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.RejectedRows;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rejected rows, each with its raw text to correct and replay. */
@Controller
class RejectedRowPages {

	static final int LIMIT = 200;

	private final Workspaces workspaces;
	private final RejectedRows rejectedRows;
	private final RejectedRowReplays replays;

	RejectedRowPages(Workspaces workspaces, RejectedRows rejectedRows, RejectedRowReplays replays) {
		this.workspaces = workspaces;
		this.rejectedRows = rejectedRows;
		this.replays = replays;
	}

	@GetMapping("/rejected-rows")
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		Access access = workspaces.current();
		model.addAttribute("all", all);
		model.addAttribute("rows", rejectedRows.list(access.workspaceId(), null, all, LIMIT));
		model.addAttribute("canWrite", access.role().canWrite());
		return "interactions/rejected-rows";
	}

	@PostMapping("/rejected-rows/{id}/replay")
	String replay(@PathVariable UUID id, @RequestParam(defaultValue = "") String raw,
			@RequestParam(defaultValue = "false") boolean all, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		try {
			replays.replay(access.workspaceId(), id, raw);
		}
		catch (InvalidFieldException e) {
			// the page again, with the text as typed and the field at fault next to it
			response.setStatus(422);
			model.addAttribute("failedId", id);
			model.addAttribute("typed", raw);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return list(all, model);
		}
		flash.addFlashAttribute("replayed", true);
		return all ? "redirect:/rejected-rows?all=true" : "redirect:/rejected-rows";
	}
}
