package io.tajriba.reports.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.internal.ReportDelivery;
import io.tajriba.reports.internal.ReportJob;
import io.tajriba.reports.internal.ReportSubscription;
import io.tajriba.reports.internal.SubscriptionService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report subscriptions page: mine (admins: every one of the workspace, and the form names the member to
 * subscribe), each with its last deliveries and buttons to send it now or delete it.
 */
@Controller
class SubscriptionPages {

	/** A subscription with its recipient's name and its last deliveries. */
	public record Row(ReportSubscription s, String recipient, List<ReportDelivery> deliveries) {
	}

	private final Workspaces workspaces;
	private final SubscriptionService subscriptions;
	private final AccessAdministration administration;
	private final ReportJob job;
	private final Clock clock;

	SubscriptionPages(Workspaces workspaces, SubscriptionService subscriptions, AccessAdministration administration,
			ReportJob job, Clock clock) {
		this.workspaces = workspaces;
		this.subscriptions = subscriptions;
		this.administration = administration;
		this.job = job;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(Model model) {
		Access access = workspaces.current();
		boolean admin = access.role().canAdminister();
		Map<UUID, String> names = administration.memberNames(access.workspaceId());
		List<Row> rows = subscriptions.list(access, admin).stream()
			.map(s -> new Row(s, names.getOrDefault(s.userId(), ""), subscriptions.deliveries(access, s.id(), 5)))
			.toList();
		model.addAttribute("mine", rows.stream().filter(r -> r.s().userId().equals(access.userId())).toList());
		model.addAttribute("others", rows.stream().filter(r -> !r.s().userId().equals(access.userId())).toList());
		model.addAttribute("admin", admin);
		model.addAttribute("members", admin ? administration.membersOf(access.workspaceId()) : List.<Member>of());
		return "reports/subscriptions";
	}

	@PostMapping("/reports/subscriptions")
	String subscribe(@RequestParam Map<String, String> form, RedirectAttributes flash) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String key : List.of("survey", "channel", "touchpoint", "agent")) {
			String value = form.get("filter." + key);
			if (value != null && !value.isBlank()) {
				filters.put(key, value);
			}
		}
		try {
			subscriptions.subscribe(workspaces.current(), new SubscriptionService.Request(user(form.get("user")),
					form.get("view"), filters, form.get("frequency"), hour(form.get("hour")),
					blank(form.get("language")), form.containsKey("onlyWhenChanged")));
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/reports";
	}

	@PostMapping("/reports/subscriptions/{id}/delete")
	String delete(@PathVariable UUID id) {
		subscriptions.delete(workspaces.current(), id);
		return "redirect:/reports";
	}

	/** The mail as it would go now, to look at before it is sent. */
	@GetMapping(value = "/reports/subscriptions/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String preview(@PathVariable UUID id) {
		return job.preview(subscriptions.find(workspaces.current(), id), clock.instant());
	}

	/** The PDF the mail would carry now; 503 when the server has no Chromium to print it. */
	@GetMapping("/reports/subscriptions/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		ReportSubscription s = subscriptions.find(workspaces.current(), id);
		return job.printed(s, clock.instant())
			.map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"report.pdf\"").body(pdf))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"no Chromium binary is installed to print the PDF (tajriba.reports.chromium)"));
	}

	@PostMapping("/reports/subscriptions/{id}/send-now")
	String sendNow(@PathVariable UUID id, RedirectAttributes flash) {
		Access access = workspaces.current();
		ReportDelivery delivery = job.sendNow(access.workspaceId(), subscriptions.find(access, id).id(),
				clock.instant());
		flash.addFlashAttribute("sent", delivery.status());
		return "redirect:/reports";
	}

	private static @Nullable UUID user(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("user", "must be a member's id");
		}
	}

	private static @Nullable Integer hour(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
