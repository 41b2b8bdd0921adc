package io.tajriba.web.internal;

import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners and admins see the workspace's dead letters on a settings page, escaped, in their language. */
@TajribaTest
class DeadLetterPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	DeadLetters deadLetters;

	@Test
	void thePageListsTheFailuresEscapedForAdminsOnly() {
		Tenant tenant = tenants.create("Dead letter page");
		deadLetters.record(tenant.workspace().id(), "text", "response/comment/<b>r9</b>",
				new IllegalStateException("broken <script>alert(1)</script>"));
		deadLetters.record(tenant.workspace().id(), "some-new-job", "item-1", new IllegalStateException("odd"));
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var page = owner.get("/settings/dead-letters");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Text analysis", "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;r9",
				"some-new-job", "/retry").doesNotContain("<script>alert(1)", "??");
		assertThat(owner.get("/settings/dead-letters?lang=fa").body()).contains("تحلیل متن", "کارهای پس‌زمینهٔ ناموفق");
		assertThat(owner.get("/settings").body()).contains("/settings/dead-letters");

		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		WebClient viewer = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(viewer.get("/settings/dead-letters").statusCode()).isEqualTo(403);
		assertThat(viewer.get("/settings").body()).doesNotContain("/settings/dead-letters");
		assertThat(viewer.get("/api/v1/dead-letters").statusCode()).isEqualTo(403);
		var badLimit = owner.get("/api/v1/dead-letters?limit=0");
		assertThat(badLimit.statusCode()).isEqualTo(422);
		assertThat(badLimit.body()).contains("\"field\":\"limit\"");
		assertThat(owner.get("/api/v1/dead-letters?all=true&limit=1").body()).contains("\"status\":\"open\"");
	}

	@Test
	void aRetryFromThePageSaysHowItWent() {
		Tenant tenant = tenants.create("Dead letter retry page");
		deadLetters.record(tenant.workspace().id(), "no-such-job", "item-2", new IllegalStateException("odd"));
		var letter = deadLetters.open(tenant.workspace().id(), "no-such-job", "item-2").orElseThrow();
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		owner.get("/settings/dead-letters");
		var retried = owner.form("/settings/dead-letters/" + letter.id() + "/retry", java.util.Map.of());
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(owner.get("/settings/dead-letters").body()).contains("it failed again", "nothing retries no-such-job");
		assertThat(deadLetters.open(tenant.workspace().id(), "no-such-job", "item-2").orElseThrow().attempts())
			.isEqualTo(2);
	}
}
