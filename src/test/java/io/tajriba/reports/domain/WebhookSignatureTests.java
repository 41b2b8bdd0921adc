package io.tajriba.reports.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	@Test
	void signsTheSpecsPublishedExample() {
		// the reference libraries' test vector
		assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		assertThat(WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aChangedBodyTimestampOrIdChangesTheSignature() {
		String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
		String base = WebhookSignature.sign(secret, "msg_1", 10, "{}");
		assertThat(WebhookSignature.sign(secret, "msg_1", 10, "{ }")).isNotEqualTo(base);
		assertThat(WebhookSignature.sign(secret, "msg_1", 11, "{}")).isNotEqualTo(base);
		assertThat(WebhookSignature.sign(secret, "msg_2", 10, "{}")).isNotEqualTo(base);
	}

	@Test
	void newSecretsHoldThirtyTwoRandomBytesAndTwoSecretsGiveTwoSignatures() {
		String a = WebhookSignature.newSecret(new SecureRandom());
		String b = WebhookSignature.newSecret(new SecureRandom());
		assertThat(a).startsWith("whsec_").isNotEqualTo(b);
		assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
		String header = WebhookSignature.header(List.of(a, b), "msg_x", 5, "{}");
		assertThat(header.split(" ")).containsExactly(WebhookSignature.sign(a, "msg_x", 5, "{}"),
				WebhookSignature.sign(b, "msg_x", 5, "{}"));
	}
}
