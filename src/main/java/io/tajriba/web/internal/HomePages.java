package io.tajriba.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the overview at {@code /} belongs to the metrics. */
@Controller
class HomePages {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
