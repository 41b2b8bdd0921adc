package io.tajriba.reports.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.WebhookSignature;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The current workspace's endpoints (owners and admins only): made with their secret shown once, rotated (the old
 * secret signing beside the new one for a day), deleted; their deliveries with every attempt, replayed by hand,
 * and test messages sent at once.
 */
@Service
public class WebhookService {

	static final Duration OLD_SECRET_SIGNS = Duration.ofHours(24);
	static final int LOG = 100;

	/** What to make: the request's fields, as sent. */
	public record Draft(@Nullable String url, @Nullable String description, @Nullable List<String> eventTypes,
			@Nullable Boolean enabled) {
	}

	/** An endpoint just made or rotated, with its secret: the only answer that holds it. */
	public record Issued(WebhookEndpoint endpoint, String secret) {
	}

	/** A delivery with its attempts, oldest first. */
	public record Logged(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
	}

	private final Workspaces workspaces;
	private final WebhookStore store;
	private final WebhookSender sender;
	private final WebhookOutbox outbox;
	private final WebhookDispatcher dispatcher;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	WebhookService(Workspaces workspaces, WebhookStore store, WebhookSender sender, WebhookOutbox outbox,
			WebhookDispatcher dispatcher, Clock clock) {
		this.workspaces = workspaces;
		this.store = store;
		this.sender = sender;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	public List<WebhookEndpoint> list() {
		return list(workspaces.requireAdmin().workspaceId());
	}

	/** A workspace's endpoints, outside a request (the demo's). */
	public List<WebhookEndpoint> list(UUID workspaceId) {
		return store.endpoints(workspaceId);
	}

	/** Deletes one endpoint of a workspace, outside a request (the demo's). */
	public boolean delete(UUID workspaceId, UUID id) {
		return store.delete(workspaceId, id);
	}

	public WebhookEndpoint find(UUID id) {
		return store.endpoint(workspaces.requireAdmin().workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Webhook"));
	}

	public Issued create(Draft draft) {
		return create(workspaces.requireAdmin(), draft);
	}

	/** A new endpoint made by {@code access} (an admin's, as checked by the caller), with its first secret. */
	public Issued create(Access access, Draft draft) {
		String url = draft.url() == null ? "" : draft.url().strip();
		if (url.isEmpty() || url.length() > 2000) {
			throw new InvalidFieldException("url", "must be an https URL of at most 2000 characters");
		}
		sender.guard().problem(url).ifPresent(problem -> {
			throw new InvalidFieldException("url", problem);
		});
		String description = draft.description() == null || draft.description().isBlank() ? null
				: draft.description().strip();
		if (description != null && description.length() > 500) {
			throw new InvalidFieldException("description", "must have at most 500 characters");
		}
		String secret = WebhookSignature.newSecret(random);
		WebhookEndpoint endpoint = new WebhookEndpoint(access.workspaceId(), UUID.randomUUID(), url, description,
				eventTypes(draft.eventTypes()), draft.enabled() == null || draft.enabled(), secret, null, null, null,
				null, clock.instant());
		store.insert(endpoint, access.actor());
		return new Issued(endpoint, secret);
	}

	static List<String> eventTypes(@Nullable List<String> asked) {
		if (asked == null || asked.isEmpty()) {
			throw new InvalidFieldException("eventTypes", "must list event types of the catalogue, or [\"*\"] for all");
		}
		Set<String> types = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String t : asked) {
			String type = t == null ? "" : t.strip();
			if (type.equals(WebhookCatalogue.ALL) || WebhookCatalogue.subscribable(type)) {
				types.add(type);
			}
			else {
				unknown.add(type);
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidFieldException("eventTypes", "unknown event types " + unknown + "; the catalogue has "
					+ WebhookCatalogue.TYPES + ", or \"*\" for all");
		}
		return types.contains(WebhookCatalogue.ALL) ? List.of(WebhookCatalogue.ALL) : List.copyOf(types);
	}

	public void delete(UUID id) {
		if (!store.delete(workspaces.requireAdmin().workspaceId(), id)) {
			throw new NotFoundException("Webhook");
		}
	}

	/** A new secret; the one it replaces keeps signing beside it for 24 hours. */
	public Issued rotate(UUID id) {
		WebhookEndpoint endpoint = find(id);
		String secret = WebhookSignature.newSecret(random);
		store.rotate(endpoint.workspaceId(), id, secret, endpoint.secret(), clock.instant().plus(OLD_SECRET_SIGNS));
		return new Issued(find(id), secret);
	}

	/** The endpoint's last hundred deliveries, the newest first, each with its attempts. */
	public List<Logged> deliveries(UUID endpointId) {
		WebhookEndpoint endpoint = find(endpointId);
		List<WebhookDelivery> deliveries = store.deliveries(endpoint.workspaceId(), endpointId, LOG);
		Map<String, List<WebhookAttempt>> attempts = store.attempts(endpoint.workspaceId(),
				deliveries.stream().map(WebhookDelivery::id).toList())
			.stream().collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
		return deliveries.stream().map(d -> new Logged(d, attempts.getOrDefault(d.id(), List.of()))).toList();
	}

	/** A new attempt now of the same message with the same webhook-id. */
	public Logged replay(String deliveryId) {
		UUID workspaceId = workspaces.requireAdmin().workspaceId();
		WebhookDelivery d = store.delivery(workspaceId, deliveryId).orElseThrow(() -> new NotFoundException("Delivery"));
		WebhookEndpoint endpoint = store.endpoint(workspaceId, d.endpointId()).orElseThrow();
		dispatcher.attempt(d, endpoint, clock.instant(), WebhookDispatcher.Mode.REPLAY);
		return logged(workspaceId, deliveryId);
	}

	/** Sends a webhook.test message at once; its outcome is in the answer and the log, and it is not tried again. */
	public Logged test(UUID endpointId) {
		return test(find(endpointId));
	}

	/** A test message to one endpoint of a workspace, outside a request (the demo's). */
	public Logged test(UUID workspaceId, UUID endpointId) {
		return test(store.endpoint(workspaceId, endpointId).orElseThrow(() -> new NotFoundException("Webhook")));
	}

	private Logged test(WebhookEndpoint endpoint) {
		Instant now = clock.instant();
		WebhookMessage message = new WebhookMessage(endpoint.workspaceId(), WebhookCatalogue.TEST, now, "",
				new WebhookMessage.Data().put("endpointId", endpoint.id())
					.put("message", "A test message from Tajriba").fields());
		String id = WebhookOutbox.newMessageId();
		WebhookDelivery d = new WebhookDelivery(id, endpoint.workspaceId(), endpoint.id(), WebhookCatalogue.TEST,
				outbox.body(message), WebhookDelivery.PENDING, 0, null, now, null, null);
		store.insert(d, "test:" + id);
		dispatcher.attempt(d, endpoint, now, WebhookDispatcher.Mode.TEST);
		return logged(endpoint.workspaceId(), id);
	}

	private Logged logged(UUID workspaceId, String deliveryId) {
		WebhookDelivery d = store.delivery(workspaceId, deliveryId).orElseThrow();
		return new Logged(d, store.attempts(workspaceId, List.of(deliveryId)));
	}
}
