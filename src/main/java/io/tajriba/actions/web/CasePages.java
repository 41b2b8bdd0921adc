package io.tajriba.actions.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.CaseChange;
import io.tajriba.actions.CaseView;
import io.tajriba.actions.internal.CaseService;
import io.tajriba.actions.internal.FollowUps;
import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page: who it is about and why, its clocks and timeline, and the forms that work it. A refused change
 * comes back to the page naming its field, with what was typed.
 */
@Controller
class CasePages {

	private final Workspaces workspaces;
	private final CaseService cases;
	private final FollowUps followUps;
	private final Customers customers;
	private final TextAnalytics text;
	private final AccessAdministration administration;

	CasePages(Workspaces workspaces, CaseService cases, FollowUps followUps, Customers customers, TextAnalytics text,
			AccessAdministration administration) {
		this.workspaces = workspaces;
		this.cases = cases;
		this.followUps = followUps;
		this.customers = customers;
		this.text = text;
		this.administration = administration;
	}

	@GetMapping("/cases/{id}")
	String page(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		CaseView c = cases.get(access, id);
		model.addAttribute("c", c);
		model.addAttribute("sla", SlaBadge.of(c));
		model.addAttribute("timeline", cases.timeline(access, id));
		model.addAttribute("customer", c.customer() == null ? null
				: customers.profile(access.workspaceId(), c.customerId().toString()).orElse(null));
		model.addAttribute("themes", text.themes(access.workspaceId()));
		var members = administration.membersOf(access.workspaceId());
		model.addAttribute("members", members);
		model.addAttribute("names", members.stream().collect(java.util.stream.Collectors.toMap(
				io.tajriba.workspaces.Member::userId, io.tajriba.workspaces.Member::displayName, (a, b) -> a)));
		model.addAttribute("canWork", access.role().canWorkCases());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "actions/case";
	}

	@PostMapping("/cases/{id}/comment")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
		return attempt(id, flash, "comment", Map.of("body", body), () -> cases.comment(workspaces.current(), id, body));
	}

	@PostMapping("/cases/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam(defaultValue = "") String channel,
			@RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		return attempt(id, flash, "followUp", Map.of("channel", channel, "note", note),
				() -> followUps.log(workspaces.current(), id, channel, note));
	}

	@PostMapping("/cases/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable String priority, RedirectAttributes flash) {
		return attempt(id, flash, "assign", Map.of(), () -> cases.change(workspaces.current(), id,
				new CaseChange(null, owner, blank(priority), null, null, null, null, null)));
	}

	@PostMapping("/cases/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String status, RedirectAttributes flash) {
		return attempt(id, flash, "status", Map.of(), () -> cases.change(workspaces.current(), id,
				new CaseChange(status, null, null, null, null, null, null, null)));
	}

	@PostMapping("/cases/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam(defaultValue = "") String rootCause,
			@RequestParam(defaultValue = "") String rootCauseNote, @RequestParam(defaultValue = "") String solved,
			@RequestParam(defaultValue = "") String resolution, @RequestParam(defaultValue = "") String close,
			RedirectAttributes flash) {
		Map<String, String> typed = Map.of("rootCause", rootCause, "rootCauseNote", rootCauseNote, "solved", solved,
				"resolution", resolution, "close", close);
		return attempt(id, flash, "resolve", typed, () -> {
			if (!solved.equals("yes") && !solved.equals("no")) {
				throw new InvalidFieldException("solved", "say whether the customer's problem was solved");
			}
			boolean closing = !close.isEmpty();
			cases.change(workspaces.current(), id, new CaseChange(closing ? "closed" : "resolved", null, null,
					blank(rootCause), blank(rootCauseNote), solved.equals("yes"), blank(resolution),
					closing && !close.equals("none") ? close : null));
		});
	}

	/** Does a change; a refused one comes back naming its field, with what was typed in its form. */
	private static String attempt(UUID id, RedirectAttributes flash, String form, Map<String, String> fields,
			Runnable change) {
		try {
			change.run();
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			Map<String, String> kept = new LinkedHashMap<>(fields);
			kept.put("form", form);
			flash.addFlashAttribute("form", kept);
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
