package io.tajriba.reports.web;

import io.tajriba.reports.internal.SubscriptionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a report mail, opened without signing in: the page asks to confirm, the button
 * unsubscribes. A token that is forged or whose subscription is gone says so.
 */
@Controller
class ReportUnsubscribePages {

	private final SubscriptionService subscriptions;

	ReportUnsubscribePages(SubscriptionService subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/reports/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", subscriptions.byToken(token).isPresent() ? "confirm" : "unknown");
		return "reports/subscription-unsubscribe";
	}

	@PostMapping("/reports/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", subscriptions.unsubscribe(token) ? "done" : "unknown");
		return "reports/subscription-unsubscribe";
	}
}
