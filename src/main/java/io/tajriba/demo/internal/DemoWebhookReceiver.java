package io.tajriba.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo's webhook receiver: a small HTTP server on the loopback address, started with the demo, that checks
 * each message's Standard Webhooks signature as a consumer would and answers 200 when it holds, 401 when not. It
 * lets the demo's endpoint show a delivery log of real deliveries without any outside service.
 */
@Component
class DemoWebhookReceiver {

	private @Nullable HttpServer server;
	private volatile @Nullable String secret;
	private final AtomicInteger verified = new AtomicInteger();

	/** Starts the server (once) and answers the URL it receives at. */
	synchronized String start() {
		if (server == null) {
			try {
				HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
				started.createContext("/webhooks", this::receive);
				started.setExecutor(Executors.newSingleThreadExecutor(r -> {
					Thread t = new Thread(r, "demo-webhook-receiver");
					t.setDaemon(true);
					return t;
				}));
				started.start();
				server = started;
			}
			catch (IOException e) {
				throw new IllegalStateException("the demo's webhook receiver did not start", e);
			}
		}
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
	}

	/** The endpoint's secret ({@code whsec_…}) the signatures are checked with. */
	void secret(String secret) {
		this.secret = secret;
	}

	/** How many messages arrived with a signature that held. */
	int verified() {
		return verified.get();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
			var headers = exchange.getRequestHeaders();
			boolean holds = holds(secret, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
					headers.getFirst("webhook-signature"), body);
			if (holds) {
				verified.incrementAndGet();
			}
			byte[] answer = (holds ? "received: signature verified" : "signature does not verify")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
			exchange.sendResponseHeaders(holds ? 200 : 401, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	/** Whether one of the header's {@code v1,} signatures is the HMAC-SHA256 of {@code id.timestamp.body}. */
	static boolean holds(@Nullable String secret, @Nullable String id, @Nullable String timestamp,
			@Nullable String signatures, String body) {
		if (secret == null || id == null || timestamp == null || signatures == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1)),
					"HmacSHA256"));
			byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			for (String signature : signatures.split(" ")) {
				if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
						Base64.getDecoder().decode(signature.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	@PreDestroy
	synchronized void stop() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}
}
