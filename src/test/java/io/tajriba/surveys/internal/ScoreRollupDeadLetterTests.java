package io.tajriba.surveys.internal;

import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import io.tajriba.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workspace whose rollup fails is dead-lettered; the other workspaces of the same run roll up. */
@TajribaTest
class ScoreRollupDeadLetterTests {

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ScoreRollupJob job;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	void rollupsToDo(Tenant tenant) {
		jdbc.sql("insert into survey_rollups (workspace_id, zone) values (?, '')").param(tenant.workspace().id()).update();
	}

	String zone(Tenant tenant) {
		return jdbc.sql("select zone from survey_rollups where workspace_id = ?").param(tenant.workspace().id())
			.query(String.class).single();
	}

	@Test
	void aFailingWorkspaceIsDeadLetteredWhileTheOthersRollUp() {
		Tenant broken = tenants.create("Rollup broken");
		Tenant fine = tenants.create("Rollup fine");
		UUID brokenId = broken.workspace().id();
		rollupsToDo(broken);
		rollupsToDo(fine);
		jdbc.sql("update workspaces set time_zone = 'Mars/Olympus_Mons' where id = ?").param(brokenId).update();
		try {
			assertThat(job.run()).isPositive();
			assertThat(zone(fine)).isEqualTo("Asia/Tehran");
			assertThat(zone(broken)).isEmpty();
			DeadLetter letter = deadLetters.open(brokenId, ScoreRollupJob.KIND, ScoreRollupJob.KEY).orElseThrow();
			assertThat(letter.error()).contains("Mars/Olympus_Mons");
			assertThat(deadLetters.open(fine.workspace().id(), ScoreRollupJob.KIND, ScoreRollupJob.KEY)).isEmpty();

			DeadLetter again = deadLetters.retry(brokenId, letter.id());
			assertThat(again.open()).isTrue();
			assertThat(again.attempts()).isGreaterThan(letter.attempts());

			jdbc.sql("update workspaces set time_zone = 'Asia/Tehran' where id = ?").param(brokenId).update();
			assertThat(deadLetters.retry(brokenId, letter.id()).open()).isFalse();
			assertThat(zone(broken)).isEqualTo("Asia/Tehran");
			assertThatThrownBy(() -> deadLetters.retry(fine.workspace().id(), letter.id()))
				.isInstanceOf(NotFoundException.class);
		}
		finally {
			jdbc.sql("update workspaces set time_zone = 'Asia/Tehran' where id = ?").param(brokenId).update();
		}
	}
}
