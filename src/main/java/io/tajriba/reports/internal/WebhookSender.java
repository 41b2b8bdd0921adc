package io.tajriba.reports.internal;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.tajriba.reports.domain.WebhookAddressGuard;
import io.tajriba.reports.domain.WebhookSignature;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one message to one endpoint, signed with every secret that signs at the time: a POST of the JSON body with
 * the webhook-id, webhook-timestamp and webhook-signature headers, 15 seconds in all to connect, answer and send
 * the first 2 KB of its body (the rest is not read), no redirect followed. The endpoint's host is looked up again
 * first and a private address refused unsent.
 */
@Component
class WebhookSender {

	static final Duration TIMEOUT = Duration.ofSeconds(15);
	static final int EXCERPT_BYTES = 2048;

	/** What one try gave: the attempt to log and the Retry-After header, if the endpoint sent one. */
	record Result(WebhookAttempt attempt, @Nullable String retryAfter) {
	}

	private final WebhookAddressGuard guard;
	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

	WebhookSender(@Value("${tajriba.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
		this.guard = new WebhookAddressGuard(allowPrivate, InetAddress::getAllByName);
	}

	WebhookAddressGuard guard() {
		return guard;
	}

	Result send(WebhookEndpoint endpoint, String messageId, String body, Instant now) {
		long timestamp = now.getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("content-type", "application/json");
		headers.put("user-agent", "Tajriba-Webhooks/" + WebhookCatalogue.VERSION);
		headers.put("webhook-id", messageId);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", WebhookSignature.header(endpoint.secretsAt(now), messageId, timestamp, body));
		Optional<String> refused = guard.problem(endpoint.url());
		if (refused.isPresent()) {
			return new Result(new WebhookAttempt(messageId, now, headers, null, null, 0,
					"not sent: the URL " + refused.get()), null);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		long started = System.nanoTime();
		CompletableFuture<HttpResponse<String>> sent = client.sendAsync(request.build(),
				info -> new ExcerptSubscriber(EXCERPT_BYTES));
		try {
			// the request's own timeout ends when the headers come: this one holds for the body too
			HttpResponse<String> response = sent.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			String excerpt = response.body();
			int status = response.statusCode();
			String error = status >= 200 && status < 300 ? null
					: status >= 300 && status < 400 ? "redirect (HTTP " + status + ") not followed" : "HTTP " + status;
			return new Result(new WebhookAttempt(messageId, now, headers, status, excerpt, elapsed(started), error),
					response.headers().firstValue("retry-after").orElse(null));
		}
		catch (TimeoutException e) {
			sent.cancel(true);
			return failed(messageId, now, headers, started, "no complete answer within 15 s");
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return failed(messageId, now, headers, started, problem(cause));
		}
		catch (IllegalArgumentException e) {
			return failed(messageId, now, headers, started, problem(e));
		}
		catch (InterruptedException e) {
			sent.cancel(true);
			Thread.currentThread().interrupt();
			return failed(messageId, now, headers, started, "interrupted");
		}
	}

	private static String problem(Throwable e) {
		if (e instanceof HttpConnectTimeoutException) {
			return "could not connect within 15 s";
		}
		if (e instanceof HttpTimeoutException) {
			return "no answer within 15 s";
		}
		if (e instanceof ConnectException) {
			return "could not connect: connection refused";
		}
		return "could not send: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
	}

	/** Keeps the first {@code limit} bytes of a body, then cancels the rest of it. */
	static final class ExcerptSubscriber implements HttpResponse.BodySubscriber<String> {

		private final int limit;
		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
		private final CompletableFuture<String> body = new CompletableFuture<>();
		private Flow.@Nullable Subscription subscription;

		ExcerptSubscriber(int limit) {
			this.limit = limit;
		}

		@Override
		public CompletionStage<String> getBody() {
			return body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				int take = Math.min(buffer.remaining(), limit - kept.size());
				byte[] bytes = new byte[take];
				buffer.get(bytes);
				kept.writeBytes(bytes);
			}
			if (kept.size() >= limit) {
				finish();
				if (subscription != null) {
					subscription.cancel();
				}
			}
			else if (subscription != null) {
				subscription.request(1);
			}
		}

		@Override
		public void onError(Throwable error) {
			if (kept.size() > 0) {
				finish();
			}
			else {
				body.completeExceptionally(error);
			}
		}

		@Override
		public void onComplete() {
			finish();
		}

		private void finish() {
			body.complete(new String(kept.toByteArray(), StandardCharsets.UTF_8));
		}
	}

	private static Result failed(String id, Instant now, Map<String, String> headers, long started, String error) {
		return new Result(new WebhookAttempt(id, now, headers, null, null, elapsed(started), error), null);
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}
}
