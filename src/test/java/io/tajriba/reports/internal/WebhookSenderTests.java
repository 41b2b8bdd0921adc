package io.tajriba.reports.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.tajriba.reports.domain.WebhookSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With private addresses not allowed (the default), nothing is sent to this machine's own receiver. */
class WebhookSenderTests {

	@Test
	void aPrivateAddressIsRefusedAtDeliveryAndNothingIsSent() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger received = new AtomicInteger();
		server.createContext("/", exchange -> {
			received.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		try {
			String secret = WebhookSignature.newSecret(new java.security.SecureRandom());
			for (String host : List.of("127.0.0.1", "localhost")) {
				WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), UUID.randomUUID(),
						"https://" + host + ":" + server.getAddress().getPort() + "/hook", null, List.of("*"), true,
						secret, null, null, null, null, Instant.EPOCH);
				WebhookSender.Result result = new WebhookSender(false).send(endpoint, "msg_1", "{}", Instant.EPOCH);
				assertThat(result.attempt().error()).contains("not sent", "private address");
				assertThat(result.attempt().status()).isNull();
				assertThat(result.attempt().requestHeaders()).containsKey("webhook-signature");
			}
			assertThat(received).hasValue(0);
			assertThat(new WebhookSender(false).guard().problem("http://example.com/hook")).contains("must be an https URL");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void theSecretThatWasRotatedSignsForADayOnly() {
		Instant rotated = Instant.parse("2026-12-01T10:00:00Z");
		WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), UUID.randomUUID(), "https://example.com",
				null, List.of("*"), true, "whsec_new", "whsec_old", rotated.plusSeconds(86_400), null, null, rotated);
		assertThat(endpoint.secretsAt(rotated.plusSeconds(3600))).containsExactly("whsec_new", "whsec_old");
		assertThat(endpoint.secretsAt(rotated.plusSeconds(86_400))).containsExactly("whsec_new");
	}

	@Test
	void anAnswersBodyIsReadOnlyToItsFirstTwoKilobytesThenCancelled() {
		var subscriber = new WebhookSender.ExcerptSubscriber(WebhookSender.EXCERPT_BYTES);
		boolean[] cancelled = { false };
		long[] asked = { 0 };
		subscriber.onSubscribe(new java.util.concurrent.Flow.Subscription() {
			@Override
			public void request(long n) {
				asked[0] += n;
			}

			@Override
			public void cancel() {
				cancelled[0] = true;
			}
		});
		subscriber.onNext(List.of(java.nio.ByteBuffer.wrap("a".repeat(1500).getBytes())));
		assertThat(cancelled[0]).isFalse();
		assertThat(asked[0]).isEqualTo(2);
		subscriber.onNext(List.of(java.nio.ByteBuffer.wrap("b".repeat(5000).getBytes())));
		assertThat(cancelled[0]).as("the rest is not read").isTrue();
		String excerpt = subscriber.getBody().toCompletableFuture().join();
		assertThat(excerpt).hasSize(2048).startsWith("a".repeat(1500)).endsWith("b");
	}
}
