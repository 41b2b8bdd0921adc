package io.tajriba.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.tajriba.reports.domain.WebhookAddressGuard;
import io.tajriba.reports.domain.WebhookSignature;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one message to one endpoint, signed with every secret that signs at the time: a POST of the JSON body with
 * the webhook-id, webhook-timestamp and webhook-signature headers, 15 seconds to connect and 15 to answer, no
 * redirect followed. The endpoint's host is looked up again first and a private address refused unsent.
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
		try {
			HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			String excerpt;
			try (InputStream in = response.body()) {
				excerpt = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
			}
			int status = response.statusCode();
			String error = status >= 200 && status < 300 ? null
					: status >= 300 && status < 400 ? "redirect (HTTP " + status + ") not followed" : "HTTP " + status;
			return new Result(new WebhookAttempt(messageId, now, headers, status, excerpt, elapsed(started), error),
					response.headers().firstValue("retry-after").orElse(null));
		}
		catch (HttpConnectTimeoutException e) {
			return failed(messageId, now, headers, started, "could not connect within 15 s");
		}
		catch (HttpTimeoutException e) {
			return failed(messageId, now, headers, started, "no answer within 15 s");
		}
		catch (ConnectException e) {
			return failed(messageId, now, headers, started, "could not connect: connection refused");
		}
		catch (IOException | IllegalArgumentException e) {
			return failed(messageId, now, headers, started, "could not send: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return failed(messageId, now, headers, started, "interrupted");
		}
	}

	private static Result failed(String id, Instant now, Map<String, String> headers, long started, String error) {
		return new Result(new WebhookAttempt(id, now, headers, null, null, elapsed(started), error), null);
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}
}
