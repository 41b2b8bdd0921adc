package io.tajriba.surveys.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The company's backend vouches for the customer it puts on a widget: HMAC-SHA256 of the customer's id (UTF-8)
 * under the widget's secret, in lower-case hexadecimal. A visitor cannot make one for somebody else.
 */
public final class CustomerSignature {

	private CustomerSignature() {
	}

	public static String sign(String secret, String customer) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(customer.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Compared in constant time, so the answer's timing says nothing about the right signature. */
	public static boolean verifies(String secret, String customer, String signature) {
		return MessageDigest.isEqual(sign(secret, customer).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}
}
