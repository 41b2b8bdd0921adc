package io.tajriba.demo.internal;

import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sharing on first start: three report subscriptions whose mail can be looked at, two share links (one
 * behind a password) opened a few times, an export of each kind written, and the demo receiver's webhook endpoint
 * whose test message arrived with a signature that holds.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSharingTests {

	@Autowired
	DemoData data;

	@Autowired
	DemoTeam team;

	@Autowired
	DemoSharing sharing;

	@Autowired
	DemoWebhookReceiver receiver;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Tenant tenant;
	UUID w;
	boolean hooked;

	@BeforeAll
	void demo() {
		tenant = tenants.create("Demo sharing");
		w = tenant.workspace().id();
		data.load(w, 300, 20261123);
		Map<String, UUID> people = team.ensure(w, TestWorkspaces.PASSWORD);
		sharing.seed(w, tenant.ownerId(), people);
		hooked = sharing.webhook(w, tenant.ownerId());
	}

	long count(String sql) {
		return jdbc.sql(sql).param("w", w).query(Long.class).single();
	}

	@Test
	void threeSubscriptionsInTheirLanguagesWhoseMailCanBeLookedAt() {
		assertThat(count("select count(*) from report_subscriptions where workspace_id = :w")).isEqualTo(3);
		UUID weekly = jdbc.sql("select id from report_subscriptions where workspace_id = :w and language = 'fa'")
			.param("w", w).query(UUID.class).single();
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var preview = owner.get("/reports/subscriptions/" + weekly + "/preview");
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("dir=\"rtl\"").contains("NPS");
		var list = owner.get("/reports");
		assertThat(list.body()).contains("/reports/subscriptions/" + weekly + "/preview");
	}

	@Test
	void twoShareLinksOneBehindAPasswordOpenedAFewTimes() {
		assertThat(count("select count(*) from share_links where workspace_id = :w")).isEqualTo(2);
		assertThat(count("select count(*) from share_links where workspace_id = :w and password_hash is not null"))
			.isEqualTo(1);
		assertThat(count("select count(*) from share_link_views where workspace_id = :w")).isEqualTo(3);
		assertThat(count("select count(*) from share_links where workspace_id = :w and show_texts")).isZero();
	}

	@Test
	void anExportOfEachKindWritten() {
		assertThat(count("select count(distinct kind) from export_jobs where workspace_id = :w and status = 'done'"))
			.isEqualTo(3);
		// this workspace has no closed loop seeded, so its cases export is empty
		assertThat(count("select min(rows_written) from export_jobs where workspace_id = :w and kind <> 'cases'"))
			.isPositive();
	}

	@Test
	void theReceiversEndpointGotASignedTestMessageAndIsMadeAnewOnTheNextStart() {
		assertThat(hooked).isTrue();
		assertThat(receiver.verified()).isPositive();
		assertThat(count("select count(*) from webhook_attempts where workspace_id = :w and status = 200"))
			.isEqualTo(1);
		assertThat(sharing.webhook(w, tenant.ownerId())).isTrue();
		assertThat(count("select count(*) from webhook_endpoints where workspace_id = :w")).isEqualTo(1);
	}
}
