package io.tajriba.web.internal;

import java.util.UUID;

import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's dead letters for its owners and admins: what failed, how often, and a button to try again. */
@Controller
class DeadLetterPages {

	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	DeadLetterPages(Workspaces workspaces, DeadLetters deadLetters) {
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	@GetMapping("/settings/dead-letters")
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		UUID workspaceId = workspaces.requireAdmin().workspaceId();
		model.addAttribute("letters", deadLetters.list(workspaceId, all, 200));
		model.addAttribute("all", all);
		return "settings/dead-letters";
	}

	@PostMapping("/settings/dead-letters/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes flash) {
		var letter = deadLetters.retry(workspaces.requireAdmin().workspaceId(), id);
		flash.addFlashAttribute("retried", letter.open() ? "failed" : "resolved");
		return "redirect:/settings/dead-letters";
	}
}
