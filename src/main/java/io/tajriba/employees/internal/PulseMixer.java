package io.tajriba.employees.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites, in random order, the answers and the invitations of each of a workspace's waves that has answers
 * written since it was last mixed: deleted and inserted again in one transaction, so that all of them get the same
 * transaction id and a new physical place, and neither the order of the rows nor the transaction that wrote them
 * lines an answer up with the invitation marked used at the same moment.
 */
@Component
class PulseMixer {

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	PulseMixer(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	List<UUID> workspacesToMix() {
		return jdbc.sql("select distinct workspace_id from pulse_waves where unmixed > 0").query(UUID.class).list();
	}

	/** Mixes the workspace's waves that need it; answers how many. */
	int mix(UUID workspaceId) {
		List<UUID> waves = jdbc.sql("select id from pulse_waves where workspace_id = :w and unmixed > 0")
			.param("w", workspaceId).query(UUID.class).list();
		waves.forEach(wave -> transaction.executeWithoutResult(tx -> mixWave(workspaceId, wave)));
		return waves.size();
	}

	private void mixWave(UUID workspaceId, UUID wave) {
		// the wave's row first, so that an answer given meanwhile waits and is counted for the next mix; of the
		// invitations only the used ones, whose marking shares a transaction with an answer: the others the mailer
		// may be updating (a new link for the mail it is sending), and they point at no answer
		jdbc.sql("select id from pulse_waves where workspace_id = :w and id = :wave for update")
			.param("w", workspaceId).param("wave", wave).query(UUID.class).single();
		jdbc.sql("""
				with gone as (delete from pulse_answers where workspace_id = :w and wave_id = :wave returning *)
				insert into pulse_answers select * from gone order by random()""")
			.param("w", workspaceId).param("wave", wave).update();
		jdbc.sql("""
				with gone as (delete from pulse_invitations where workspace_id = :w and wave_id = :wave and used returning *)
				insert into pulse_invitations select * from gone order by random()""")
			.param("w", workspaceId).param("wave", wave).update();
		jdbc.sql("update pulse_waves set unmixed = 0 where workspace_id = :w and id = :wave")
			.param("w", workspaceId).param("wave", wave).update();
	}
}
