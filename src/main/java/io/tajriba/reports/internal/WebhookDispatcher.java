package io.tajriba.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.reports.domain.WebhookRetryAfter;
import io.tajriba.reports.domain.WebhookRetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, every five seconds, each taken by one node only. Every endpoint's deliveries go
 * on a thread of their own, one after the other, so that a slow endpoint holds up no other, and one delivery
 * failing holds up no other delivery. A 2xx answer delivers; 410 disables the endpoint and fails what waits for it;
 * 429 and 503 are tried again when their Retry-After says, if they say; anything else (a redirect too) again on the
 * retry schedule, until its attempts are spent. An endpoint failing without a success for five days is disabled
 * and its workspace's admins are told by mail.
 */
@Component
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
	static final String KIND = "webhook-dispatch";
	static final Duration LEASE = Duration.ofMinutes(2);
	static final Duration GIVE_UP = Duration.ofDays(5);
	/** How long one run starts new attempts for (each takes 15 s at most). */
	static final Duration BUDGET = Duration.ofSeconds(60);
	static final int BATCH = 200;

	/** How a try came about: by the schedule, replayed by hand, or a test message (never tried again). */
	enum Mode {
		SCHEDULED, REPLAY, TEST
	}

	private final WebhookStore store;
	private final WebhookSender sender;
	private final WebhookAlarms alarms;

	WebhookDispatcher(WebhookStore store, WebhookSender sender, WebhookAlarms alarms) {
		this.store = store;
		this.sender = sender;
		this.alarms = alarms;
	}

	/** Sends what is due at {@code now}, then disables the endpoints failing too long; answers how many were sent. */
	public int run(Instant now) {
		List<WebhookDelivery> due = store.claim(now, now.plus(LEASE), BATCH);
		Map<UUID, List<WebhookDelivery>> byEndpoint = new LinkedHashMap<>();
		due.forEach(d -> byEndpoint.computeIfAbsent(d.endpointId(), k -> new java.util.ArrayList<>()).add(d));
		AtomicInteger delivered = new AtomicInteger();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			long until = System.nanoTime() + BUDGET.toNanos();
			byEndpoint.forEach((endpointId, deliveries) -> threads.execute(() -> {
				for (WebhookDelivery d : deliveries) {
					// past the run's budget, or once the endpoint could not be reached, the rest waits for a
					// later run (its lease runs out): one dead endpoint holds up neither the others nor the job
					if (System.nanoTime() > until) {
						break;
					}
					try {
						Optional<WebhookEndpoint> endpoint = store.endpoint(d.workspaceId(), endpointId);
						if (endpoint.isEmpty() || !endpoint.get().enabled()) {
							continue;
						}
						WebhookAttempt tried = attempt(d, endpoint.get(), now, Mode.SCHEDULED);
						if (tried.delivered()) {
							delivered.incrementAndGet();
						}
						else if (tried.status() == null) {
							break;
						}
					}
					catch (RuntimeException e) {
						log.warn("Webhook delivery {} failed to be sent or recorded", d.id(), e);
					}
				}
			}));
		}
		disableLongFailing(now);
		return delivered.get();
	}

	/** One try of the delivery now, logged, and its outcome recorded. */
	WebhookAttempt attempt(WebhookDelivery d, WebhookEndpoint endpoint, Instant now, Mode mode) {
		WebhookSender.Result result = sender.send(endpoint, d.id(), d.payload(), now);
		WebhookAttempt attempt = result.attempt();
		store.record(d.workspaceId(), attempt);
		int attempts = d.attempts() + 1;
		if (attempt.delivered()) {
			store.outcome(d.id(), WebhookDelivery.DELIVERED, attempts, null, now, null);
			store.succeeded(endpoint.id());
			return attempt;
		}
		String error = attempt.error() == null ? "failed" : attempt.error();
		if (mode != Mode.TEST) {
			store.failing(endpoint.id(), now);
		}
		Integer status = attempt.status();
		if (status != null && status == 410) {
			store.outcome(d.id(), WebhookDelivery.FAILED, attempts, null, null, error);
			String reason = "answered 410 Gone at " + now;
			if (store.disable(endpoint.id(), reason)) {
				store.failPending(endpoint.id(), "endpoint disabled: " + reason);
			}
			return attempt;
		}
		if (mode == Mode.SCHEDULED || d.status().equals(WebhookDelivery.PENDING) && mode == Mode.REPLAY) {
			Optional<Instant> next = status != null && (status == 429 || status == 503)
					? WebhookRetryAfter.parse(result.retryAfter(), now) : Optional.empty();
			if (next.isEmpty()) {
				next = WebhookRetrySchedule.next(attempts, now, ThreadLocalRandom.current().nextDouble());
			}
			if (attempts >= WebhookRetrySchedule.ATTEMPTS) {
				next = Optional.empty();
			}
			store.outcome(d.id(), next.isPresent() ? WebhookDelivery.PENDING : WebhookDelivery.FAILED, attempts,
					next.orElse(null), null, error);
		}
		else {
			String kept = mode == Mode.TEST ? WebhookDelivery.FAILED : d.status();
			store.outcome(d.id(), kept, attempts, null, null, error);
		}
		return attempt;
	}

	private void disableLongFailing(Instant now) {
		for (WebhookEndpoint endpoint : store.failingSince(now.minus(GIVE_UP))) {
			try {
				String reason = "every delivery failed since " + endpoint.failingSince();
				if (store.disable(endpoint.id(), reason)) {
					store.failPending(endpoint.id(), "endpoint disabled: " + reason);
					alarms.disabled(endpoint, now);
				}
			}
			catch (RuntimeException e) {
				log.warn("Webhook endpoint {} could not be disabled", endpoint.id(), e);
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> webhookDispatchTask(ObjectProvider<WebhookDispatcher> dispatcher, Clock clock,
				@Value("${tajriba.webhooks.dispatch-every:5s}") Duration every) {
			return Tasks.recurring(KIND, FixedDelay.of(every))
				.execute((instance, context) -> dispatcher.getObject().run(clock.instant()));
		}
	}
}
