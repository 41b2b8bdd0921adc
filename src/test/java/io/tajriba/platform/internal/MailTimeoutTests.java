package io.tajriba.platform.internal;

import io.tajriba.TajribaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that accepts a connection and then says nothing holds a sender ten seconds a step at most, so
 * the scheduler's threads (which also run the text analysis and the rollups) never freeze on it.
 */
@TajribaTest
class MailTimeoutTests {

	@Autowired
	JavaMailSender sender;

	@Test
	void everySmtpStepHasATimeout() {
		var properties = ((JavaMailSenderImpl) sender).getJavaMailProperties();
		assertThat(properties).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
	}
}
