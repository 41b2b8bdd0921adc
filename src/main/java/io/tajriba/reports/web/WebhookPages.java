package io.tajriba.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.internal.WebhookCatalogue;
import io.tajriba.reports.internal.WebhookService;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The webhooks pages (owners and admins): the endpoints with a form for a new one, whose secret is shown once, and
 * the catalogue with its schemas; an endpoint's page with its delivery log, replay and test buttons, rotation and
 * deletion.
 */
@Controller
class WebhookPages {

	private final WebhookService webhooks;
	private final WebhookCatalogue catalogue;
	private final ObjectMapper mapper;

	WebhookPages(WebhookService webhooks, WebhookCatalogue catalogue, ObjectMapper mapper) {
		this.webhooks = webhooks;
		this.catalogue = catalogue;
		this.mapper = mapper;
	}

	@GetMapping("/reports/webhooks")
	String list(Model model) {
		model.addAttribute("endpoints", webhooks.list());
		Map<String, String> schemas = new LinkedHashMap<>();
		catalogue.types().forEach(t -> schemas.put(t.type(), mapper.writerWithDefaultPrettyPrinter()
			.writeValueAsString(t.schema())));
		model.addAttribute("catalogue", catalogue.types());
		model.addAttribute("schemas", schemas);
		model.addAttribute("version", WebhookCatalogue.VERSION);
		model.addAttribute("types", WebhookCatalogue.TYPES);
		return "reports/webhooks";
	}

	@PostMapping("/reports/webhooks")
	String create(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable List<String> eventTypes, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			WebhookService.Issued issued = webhooks.create(new WebhookService.Draft(url, description, eventTypes, true));
			flash.addFlashAttribute("secret", issued.secret());
			return "redirect:/reports/webhooks/" + issued.endpoint().id();
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			model.addAttribute("draftUrl", url);
			model.addAttribute("draftDescription", description);
			model.addAttribute("draftTypes", eventTypes == null ? List.of() : eventTypes);
			return list(model);
		}
	}

	@GetMapping("/reports/webhooks/{webhookId}")
	String show(@PathVariable UUID webhookId, Model model) {
		model.addAttribute("endpoint", webhooks.find(webhookId));
		model.addAttribute("deliveries", webhooks.deliveries(webhookId));
		return "reports/webhook";
	}

	@PostMapping("/reports/webhooks/{webhookId}/test")
	String test(@PathVariable UUID webhookId, RedirectAttributes flash) {
		flash.addFlashAttribute("tested", webhooks.test(webhookId).delivery().status());
		return "redirect:/reports/webhooks/" + webhookId;
	}

	@PostMapping("/reports/webhooks/{webhookId}/rotate-secret")
	String rotate(@PathVariable UUID webhookId, RedirectAttributes flash) {
		flash.addFlashAttribute("secret", webhooks.rotate(webhookId).secret());
		flash.addFlashAttribute("rotated", true);
		return "redirect:/reports/webhooks/" + webhookId;
	}

	@PostMapping("/reports/webhooks/{webhookId}/delete")
	String delete(@PathVariable UUID webhookId) {
		webhooks.delete(webhookId);
		return "redirect:/reports/webhooks";
	}

	@PostMapping("/reports/webhooks/deliveries/{deliveryId}/replay")
	String replay(@PathVariable String deliveryId, RedirectAttributes flash) {
		WebhookService.Logged logged = webhooks.replay(deliveryId);
		flash.addFlashAttribute("replayed", logged.delivery().id());
		return "redirect:/reports/webhooks/" + logged.delivery().endpointId();
	}
}
