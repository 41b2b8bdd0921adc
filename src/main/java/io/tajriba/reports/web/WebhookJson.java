package io.tajriba.reports.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.reports.internal.WebhookAttempt;
import io.tajriba.reports.internal.WebhookDelivery;
import io.tajriba.reports.internal.WebhookEndpoint;
import io.tajriba.reports.internal.WebhookService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The webhooks API's answers; an endpoint's secret appears only in {@link Issued}. */
final class WebhookJson {

	private WebhookJson() {
	}

	record EndpointView(UUID id, String url, @Nullable String description, List<String> eventTypes, boolean enabled,
			@Nullable String disabledReason, @Nullable Instant failingSince, @Nullable Instant previousSecretUntil,
			Instant createdAt) {

		static EndpointView of(WebhookEndpoint e) {
			return new EndpointView(e.id(), e.url(), e.description(), e.eventTypes(), e.enabled(), e.disabledReason(),
					e.failingSince(), e.previousSecretUntil(), e.createdAt());
		}
	}

	record Issued(UUID id, String url, @Nullable String description, List<String> eventTypes, boolean enabled,
			String secret, @Nullable Instant previousSecretUntil, Instant createdAt) {

		static Issued of(WebhookService.Issued issued) {
			WebhookEndpoint e = issued.endpoint();
			return new Issued(e.id(), e.url(), e.description(), e.eventTypes(), e.enabled(), issued.secret(),
					e.previousSecretUntil(), e.createdAt());
		}
	}

	record AttemptView(Instant at, Map<String, String> requestHeaders, @Nullable Integer status,
			@Nullable String responseExcerpt, long durationMs, @Nullable String error) {

		static AttemptView of(WebhookAttempt a) {
			return new AttemptView(a.at(), a.requestHeaders(), a.status(), a.responseExcerpt(), a.durationMs(),
					a.error());
		}
	}

	record DeliveryView(String id, UUID endpointId, String type, String status, int attempts,
			@Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt, @Nullable String lastError,
			JsonNode payload, List<AttemptView> attemptLog) {

		static DeliveryView of(WebhookService.Logged logged, ObjectMapper mapper) {
			WebhookDelivery d = logged.delivery();
			return new DeliveryView(d.id(), d.endpointId(), d.type(), d.status(), d.attempts(), d.nextAttemptAt(),
					d.createdAt(), d.deliveredAt(), d.lastError(), mapper.readTree(d.payload()),
					logged.attempts().stream().map(AttemptView::of).toList());
		}
	}

	record EventTypeView(String type, String description, boolean subscribable, JsonNode schema) {
	}

	record Catalogue(String version, List<EventTypeView> eventTypes) {
	}
}
