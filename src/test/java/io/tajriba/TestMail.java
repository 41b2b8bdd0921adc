package io.tajriba;

import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests, started once on a free port; the application sends its mail there.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** The server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server;
	}

	/** The mails the server received for this address. */
	public static MimeMessage[] mailsTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (MessagingException e) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

	public static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail smtp = server();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
				"spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort(),
				"spring.mail.default-encoding", "UTF-8")));
	}
}
