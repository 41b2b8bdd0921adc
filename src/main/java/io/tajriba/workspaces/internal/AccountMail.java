package io.tajriba.workspaces.internal;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails of accounts (invitations, password resets), sent on a thread of their own once the transaction that
 * made their link has committed: the answer to the request neither waits for the mail server nor, by taking
 * longer, tells whether a mail was sent at all.
 */
@Component
public class AccountMail {

	private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final String from;
	private final String publicUrl;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().name("account-mail").daemon().factory());

	AccountMail(ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Sends the mail {@code kind} (its subject and body messages take {@code args}) with a link to {@code path}. */
	public void send(String to, String kind, String path, String language, Object... args) {
		Locale locale = Locale.forLanguageTag(language);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage("account.mail." + kind + ".subject", args, locale));
		message.setText(messages.getMessage("account.mail." + kind + ".body", args, locale) + "\n\n" + publicUrl
				+ path + "?lang=" + language + "\n\n" + messages.getMessage("account.mail.ignore", null, locale) + "\n");
		Runnable sending = () -> executor.execute(() -> deliver(message));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sending.run();
				}
			});
		}
		else {
			sending.run();
		}
	}

	private void deliver(SimpleMailMessage message) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured (SPRING_MAIL_HOST): an account e-mail was not sent");
			return;
		}
		try {
			sender.send(message);
		}
		catch (RuntimeException e) {
			log.warn("Account e-mail not sent: {}", e.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
