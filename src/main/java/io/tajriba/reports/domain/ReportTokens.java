package io.tajriba.reports.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens: a subscription's id and its HMAC-SHA256 under the installation's key, so that a link from a
 * mail unsubscribes without signing in and nobody can forge one for another subscription.
 */
public final class ReportTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private ReportTokens() {
	}

	public static String sign(UUID subscription, String key) {
		byte[] id = bytes(subscription);
		return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id, key));
	}

	/** The subscription a token names, if its signature holds. */
	public static Optional<UUID> verify(String token, String key) {
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			byte[] id = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (id.length != 16 || !MessageDigest.isEqual(signature, mac(id, key))) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(id);
			return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
			.array();
	}

	private static byte[] mac(byte[] data, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(("report-unsubscribe:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
