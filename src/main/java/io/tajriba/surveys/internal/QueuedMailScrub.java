package io.tajriba.surveys.internal;

import java.util.List;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitation e-mails queued by an earlier version carried their token in the scheduler's table. At start-up each
 * such waiting job is written again without it (read back, a record drops the field it no longer has); the mail
 * then goes with a link of its own.
 */
@Component
class QueuedMailScrub {

	private static final Logger log = LoggerFactory.getLogger(QueuedMailScrub.class);

	private record Queued(String instance, byte[] data) {
	}

	private final JdbcClient jdbc;

	QueuedMailScrub(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int scrubbed = scrub();
		if (scrubbed > 0) {
			log.info("{} queued invitation e-mails no longer hold their token", scrubbed);
		}
	}

	/** Rewrites the waiting jobs whose data still names a token field; how many. */
	int scrub() {
		// the serialised field name: its length (0x0005) and "token"
		List<Queued> old = jdbc.sql("""
				select task_instance, task_data from scheduled_tasks
				where task_name = :task and not picked and position('\\x0005746f6b656e'::bytea in task_data) > 0""")
			.param("task", InvitationMailer.TASK)
			.query((rs, n) -> new Queued(rs.getString(1), rs.getBytes(2))).list();
		Serializer serializer = Serializer.DEFAULT_JAVA_SERIALIZER;
		int scrubbed = 0;
		for (Queued queued : old) {
			InvitationMail mail = serializer.deserialize(InvitationMail.class, queued.data());
			scrubbed += jdbc.sql("""
					update scheduled_tasks set task_data = :data
					where task_name = :task and task_instance = :instance and not picked""")
				.param("data", serializer.serialize(mail)).param("task", InvitationMailer.TASK)
				.param("instance", queued.instance()).update();
		}
		return scrubbed;
	}
}
