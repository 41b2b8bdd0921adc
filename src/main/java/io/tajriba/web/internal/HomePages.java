package io.tajriba.web.internal;

import java.time.Clock;

import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePages {

	private final Workspaces workspaces;
	private final Clock clock;

	HomePages(Workspaces workspaces, Clock clock) {
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("now", clock.instant());
		model.addAttribute("role", workspaces.current().role().id());
		return "home";
	}
}
