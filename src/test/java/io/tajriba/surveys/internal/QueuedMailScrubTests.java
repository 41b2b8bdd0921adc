package io.tajriba.surveys.internal;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import io.tajriba.TajribaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail job queued by the version that kept the token in the job is written again without it. */
@TajribaTest
class QueuedMailScrubTests {

	@Autowired
	QueuedMailScrub scrub;

	@Autowired
	JdbcClient jdbc;

	/** The job as it was written before: its name the same length as InvitationMail's, to stand in for it. */
	static byte[] oldJob(UUID workspace, UUID invitation, String token) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new InvitationMaiX(workspace, invitation, token, true));
		}
		String written = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
		assertThat(written).contains(InvitationMaiX.class.getName());
		return written.replace(InvitationMaiX.class.getName(), InvitationMail.class.getName())
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void aWaitingJobLosesItsToken() throws Exception {
		UUID workspace = UUID.randomUUID();
		UUID invitation = UUID.randomUUID();
		String token = "tOkEn" + "x".repeat(38);
		String instance = invitation + "-reminder";
		jdbc.sql("""
				insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
				values ('survey-invitation-mail', :instance, :data, :at, false, 1)""")
			.param("instance", instance).param("data", oldJob(workspace, invitation, token))
			.param("at", OffsetDateTime.now().plusDays(3)).update();

		assertThat(scrub.scrub()).isEqualTo(1);
		byte[] data = jdbc.sql("select task_data from scheduled_tasks where task_instance = :instance")
			.param("instance", instance).query(byte[].class).single();
		assertThat(new String(data, StandardCharsets.ISO_8859_1)).doesNotContain(token).doesNotContain("token");
		assertThat(Serializer.DEFAULT_JAVA_SERIALIZER.deserialize(InvitationMail.class, data))
			.isEqualTo(new InvitationMail(workspace, invitation, true));
		// nothing left to do the next time
		assertThat(scrub.scrub()).isZero();
		jdbc.sql("delete from scheduled_tasks where task_instance = :instance").param("instance", instance).update();
	}
}

/** InvitationMail as it was, with the token. */
record InvitationMaiX(UUID workspaceId, UUID invitationId, String token, boolean reminder) implements Serializable {
}
