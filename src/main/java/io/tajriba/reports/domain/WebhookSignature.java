package io.tajriba.reports.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks spec: a secret is {@code whsec_} and the base64 of random bytes; a signature
 * is {@code v1,} and the base64 of the HMAC-SHA256, keyed with the secret's bytes, of
 * {@code id + "." + timestamp + "." + body}; several signatures (while a rotated secret still signs) are separated
 * by spaces in one {@code webhook-signature} header.
 */
public final class WebhookSignature {

	public static final String PREFIX = "whsec_";
	static final int SECRET_BYTES = 32;

	private WebhookSignature() {
	}

	/** A new secret of 32 random bytes. */
	public static String newSecret(SecureRandom random) {
		byte[] bytes = new byte[SECRET_BYTES];
		random.nextBytes(bytes);
		return PREFIX + Base64.getEncoder().encodeToString(bytes);
	}

	/** The {@code v1,...} signature of a message with one secret ({@code whsec_} prefix optional). */
	public static String sign(String secret, String messageId, long timestamp, String body) {
		String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
			byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	/** The header value: one signature per secret, space separated. */
	public static String header(Collection<String> secrets, String messageId, long timestamp, String body) {
		return secrets.stream().map(s -> sign(s, messageId, timestamp, body)).collect(Collectors.joining(" "));
	}
}
