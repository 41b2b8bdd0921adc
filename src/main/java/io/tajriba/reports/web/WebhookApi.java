package io.tajriba.reports.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.reports.internal.WebhookCatalogue;
import io.tajriba.reports.internal.WebhookService;
import io.tajriba.reports.web.WebhookJson.Catalogue;
import io.tajriba.reports.web.WebhookJson.DeliveryView;
import io.tajriba.reports.web.WebhookJson.EndpointView;
import io.tajriba.reports.web.WebhookJson.EventTypeView;
import io.tajriba.reports.web.WebhookJson.Issued;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@Tag(name = "Webhooks", description = "Endpoints that receive the workspace's events, signed per the Standard Webhooks "
		+ "spec: headers webhook-id (msg_..., the same on every retry), webhook-timestamp (unix seconds) and "
		+ "webhook-signature (v1, then the base64 HMAC-SHA256, keyed with the base64-decoded part of the secret after "
		+ "whsec_, of id.timestamp.body; two space-separated signatures for 24 h after a rotation). Body: "
		+ "{\"type\", \"timestamp\", \"data\"}. A 2xx answer delivers; others are tried again after 5 s, 5 min, "
		+ "30 min, 2 h, 5 h, 10 h and 10 h (±10%), 429 and 503 when their Retry-After says; redirects are not "
		+ "followed; 410 disables the endpoint, as do five days of failures without a success.")
@RestController
class WebhookApi {

	private final WebhookService webhooks;
	private final WebhookCatalogue catalogue;
	private final ObjectMapper mapper;

	WebhookApi(WebhookService webhooks, WebhookCatalogue catalogue, ObjectMapper mapper) {
		this.webhooks = webhooks;
		this.catalogue = catalogue;
		this.mapper = mapper;
	}

	@Operation(summary = "The catalogue: its version and every event type with its description and the JSON schema "
			+ "(draft 2020-12) of its payload. webhook.test is sent by POST /api/v1/webhooks/{id}/test only.")
	@GetMapping("/api/v1/webhooks/catalogue")
	Catalogue catalogue() {
		return new Catalogue(WebhookCatalogue.VERSION, catalogue.types().stream()
			.map(t -> new EventTypeView(t.type(), t.description(), WebhookCatalogue.subscribable(t.type()), t.schema()))
			.toList());
	}

	@Operation(summary = "The workspace's endpoints (owners and admins), without their secrets.")
	@GetMapping("/api/v1/webhooks")
	List<EndpointView> list() {
		return webhooks.list().stream().map(EndpointView::of).toList();
	}

	@Operation(summary = "A new endpoint: url (https; its host must resolve to public addresses only), description, "
			+ "eventTypes (types of the catalogue, or [\"*\"] for all), enabled (true by default). The answer holds "
			+ "the signing secret (whsec_...), shown this once.")
	@PostMapping("/api/v1/webhooks")
	@ResponseStatus(HttpStatus.CREATED)
	Issued create(@RequestBody WebhookService.Draft draft) {
		return Issued.of(webhooks.create(draft));
	}

	@Operation(summary = "Deletes an endpoint with its delivery log.")
	@DeleteMapping("/api/v1/webhooks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		webhooks.delete(id);
	}

	@Operation(summary = "A new signing secret, in this answer only; the old one keeps signing beside it for 24 hours "
			+ "(previousSecretUntil), so that receivers can switch without losing a message.")
	@PostMapping("/api/v1/webhooks/{id}/rotate-secret")
	Issued rotate(@PathVariable UUID id) {
		return Issued.of(webhooks.rotate(id));
	}

	@Operation(summary = "The endpoint's last 100 deliveries, the newest first, each with its payload and every "
			+ "attempt (headers sent, status, the answer's first 2 KB, duration, error).")
	@GetMapping("/api/v1/webhooks/{id}/deliveries")
	List<DeliveryView> deliveries(@PathVariable UUID id) {
		return webhooks.deliveries(id).stream().map(l -> DeliveryView.of(l, mapper)).toList();
	}

	@Operation(summary = "Sends a webhook.test message at once; the answer is its delivery with the attempt's result.")
	@PostMapping("/api/v1/webhooks/{id}/test")
	DeliveryView test(@PathVariable UUID id) {
		return DeliveryView.of(webhooks.test(id), mapper);
	}

	@Operation(summary = "Tries a delivery again now: the same message with the same webhook-id, signed anew.")
	@PostMapping("/api/v1/webhooks/deliveries/{deliveryId}/replay")
	DeliveryView replay(@PathVariable String deliveryId) {
		return DeliveryView.of(webhooks.replay(deliveryId), mapper);
	}
}
