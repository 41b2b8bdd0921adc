package io.tajriba.actions.internal;

import java.util.Optional;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A notification e-mail that cannot go after its last attempt is dead-lettered; the others of the run go. */
@TajribaTest
class NotificationMailDeadLetterTests {

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	NotificationMailer mailer;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	UUID pending(Tenant tenant, UUID userId, int attempts) {
		return jdbc.sql("""
				insert into notifications (workspace_id, user_id, kind, detail, created_at, mail_status, mail_due,
				  mail_attempts)
				values (?, ?, 'comment', '{"number": "7", "title": "Late delivery", "by": "Sara"}', now(), 'pending',
				  now() - interval '1 minute', ?)
				returning id""").params(tenant.workspace().id(), userId, attempts).query(UUID.class).single();
	}

	String status(Tenant tenant, UUID id) {
		return jdbc.sql("select mail_status from notifications where workspace_id = ? and id = ?")
			.params(tenant.workspace().id(), id).query(String.class).single();
	}

	boolean received(String address) throws Exception {
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aMailThatFailsForGoodIsDeadLetteredAndSentOnRetry() throws Exception {
		Tenant broken = tenants.create("Mail broken");
		Tenant fine = tenants.create("Mail fine");
		jdbc.sql("update users set email = 'not an address' where id = ?").param(broken.ownerId()).update();
		UUID failing = pending(broken, broken.ownerId(), NotificationMailer.ATTEMPTS - 1);
		UUID going = pending(fine, fine.ownerId(), 0);

		Optional<DeadLetter> letter = Optional.empty();
		for (int i = 0; i < 200 && (letter.isEmpty() || !status(fine, going).equals("sent")); i++) {
			mailer.drain();
			letter = deadLetters.open(broken.workspace().id(), NotificationMailer.KIND, failing.toString());
			Thread.onSpinWait();
		}
		assertThat(status(fine, going)).isEqualTo("sent");
		assertThat(received(fine.ownerEmail())).isTrue();
		assertThat(status(broken, failing)).isEqualTo("failed");
		assertThat(letter).hasValueSatisfying(l -> assertThat(l.error()).doesNotContain("\tat "));
		assertThat(deadLetters.list(fine.workspace().id(), true, 10)).isEmpty();

		String fixed = "fixed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		jdbc.sql("update users set email = ? where id = ?").params(fixed, broken.ownerId()).update();
		DeadLetter retried = deadLetters.retry(broken.workspace().id(), letter.orElseThrow().id());
		assertThat(retried.open()).isFalse();
		assertThat(status(broken, failing)).isEqualTo("sent");
		assertThat(received(fixed)).isTrue();
	}
}
