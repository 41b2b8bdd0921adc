package io.tajriba.platform.internal;

import java.util.List;
import java.util.Set;

import io.tajriba.TajribaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema stays ready to be sharded by workspace (Citus): read from the catalog, every primary key, unique
 * constraint and foreign key of a table holding workspace data includes {@code workspace_id}. The exceptions are
 * named here, each for its reason: the global lookups by a token or key a request arrives with before its workspace
 * is known (to become reference or coordinator tables), the audit log (it also records events of no workspace: a
 * coordinator table), and foreign keys to {@code users}, which is a reference table.
 */
@TajribaTest
class WorkspaceKeysTests {

	/** Global lookups by what an unauthenticated request carries. */
	static final Set<String> GLOBAL_LOOKUPS = Set.of("api_keys_secret_hash_key", "member_invitations_token_hash_key",
			"pulse_invitations_token_hash_key", "pulse_invitations_reminder_hash_key",
			"survey_invitations_token_hash_key", "survey_invitation_tokens_pkey", "share_links_token_hash_key",
			"surveys_widget_key_key", "employee_settings_idea_link_hash_key");

	static final Set<String> COORDINATOR_TABLES = Set.of("audit_log");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyKeyOfWorkspaceDataIncludesTheWorkspace() {
		List<String> missing = jdbc.sql("""
				with ws as (
				  select c.oid, c.relname from pg_class c
				  join pg_namespace n on n.oid = c.relnamespace
				  join pg_attribute a on a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped
				  where n.nspname = current_schema() and c.relkind in ('r', 'p'))
				select ws.relname || '.' || con.conname || ' (' || con.contype::text || ' -> '
				  || coalesce(con.confrelid::regclass::text, '-') || ')'
				from ws join pg_constraint con on con.conrelid = ws.oid
				where con.contype in ('p', 'u', 'f')
				  and not exists (select 1 from unnest(con.conkey) k
				    join pg_attribute a on a.attrelid = ws.oid and a.attnum = k where a.attname = 'workspace_id')
				  and not (con.contype = 'f' and con.confrelid = 'users'::regclass)
				  and not (con.conname::text = any(:lookups))
				  and not (ws.relname::text = any(:coordinator))
				order by 1""")
			.param("lookups", GLOBAL_LOOKUPS.toArray(String[]::new))
			.param("coordinator", COORDINATOR_TABLES.toArray(String[]::new))
			.query(String.class).list();
		assertThat(missing).as("keys of workspace data without workspace_id").isEmpty();
	}

	@Test
	void theNamedExceptionsStillExist() {
		List<String> names = jdbc.sql("select conname::text from pg_constraint where conname::text = any(:names)")
			.param("names", GLOBAL_LOOKUPS.toArray(String[]::new)).query(String.class).list();
		assertThat(names).containsExactlyInAnyOrderElementsOf(GLOBAL_LOOKUPS);
	}
}
