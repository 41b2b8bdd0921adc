package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes a message's deliveries: one per enabled endpoint of its workspace that takes its type, due at once. */
@Component
class WebhookOutbox {

	private final WebhookStore store;
	private final ObjectMapper mapper;

	WebhookOutbox(WebhookStore store, ObjectMapper mapper) {
		this.store = store;
		this.mapper = mapper;
	}

	static String newMessageId() {
		return "msg_" + UUID.randomUUID().toString().replace("-", "");
	}

	String body(WebhookMessage message) {
		return mapper.writeValueAsString(message.body());
	}

	/** Answers how many deliveries were written (an event handled again writes none). */
	int enqueue(WebhookMessage message, Instant now) {
		String body = body(message);
		int written = 0;
		for (WebhookEndpoint endpoint : store.subscribers(message.workspaceId(), message.type())) {
			WebhookDelivery d = new WebhookDelivery(newMessageId(), message.workspaceId(), endpoint.id(),
					message.type(), body, WebhookDelivery.PENDING, 0, now, now, null, null);
			if (store.insert(d, message.key())) {
				written++;
			}
		}
		return written;
	}
}
