package io.tajriba.employees;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The idea box's pages over HTTP, and the anonymous link. */
@TajribaTest
class IdeaPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient owner;

	@BeforeEach
	void tenant() {
		tenant = tenants.create("Idea pages");
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	@Test
	void membersSubmitVoteCommentAndReviewOnThePagesWithTheirWordsEscaped() {
		HttpResponse<String> sent = owner.form("/ideas", Map.of("title", "<script>alert(1)</script> Faster refunds",
				"body", "Refund <b>within</b> a day", "stage", "action"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/ideas/1");
		String page = owner.get("/ideas/1").body();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Faster refunds")
			.doesNotContain("<script>alert(1)</script>").contains("Refund &lt;b&gt;within&lt;/b&gt; a day");
		assertThat(owner.form("/ideas/1/votes", Map.of()).statusCode()).isEqualTo(302);
		assertThat(owner.get("/ideas/1").body()).contains("id=\"vote-count\">1<");
		assertThat(owner.form("/ideas/1/comments", Map.of("body", "<i>Yes</i>")).statusCode()).isEqualTo(302);
		assertThat(owner.get("/ideas/1").body()).contains("&lt;i&gt;Yes&lt;/i&gt;");
		String list = owner.get("/ideas").body();
		assertThat(list).contains("idea-list").contains("/ideas/1").contains("idea-link-form");
		assertThat(owner.get("/ideas/similar?text=faster%20refund").body()).contains("\"number\":1");
		// bad input is named on the page, not a 500
		HttpResponse<String> blank = owner.form("/ideas", Map.of("title", " "));
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(owner.get("/ideas").body()).contains("idea-error");

		assertThat(owner.get("/ideas/review").body()).contains("queue-submitted").contains("Faster refunds");
		owner.form("/ideas/1/status", Map.of("status", "declined"));
		assertThat(owner.get("/ideas/review").body()).contains("idea-error").contains("reason");
		owner.form("/ideas/1/status", Map.of("status", "accepted"));
		String accepted = owner.get("/ideas/1").body();
		assertThat(accepted).contains("idea-action").contains("/actions/");
		assertThat(owner.get("/ideas/404").statusCode()).isEqualTo(404);

		UUID agent = administration.ensureUser("agent-" + UUID.randomUUID() + "@pages.example", "Agent",
				TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agent, Role.AGENT);
		String email = jdbc.sql("select email from users where id = :id").param("id", agent).query(String.class).single();
		WebClient asAgent = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(asAgent.get("/ideas").statusCode()).isEqualTo(200);
		assertThat(asAgent.get("/ideas").body()).doesNotContain("idea-link-form");
		assertThat(asAgent.get("/ideas/review").statusCode()).isEqualTo(403);
		assertThat(asAgent.form("/ideas/1/status", Map.of("status", "in_progress")).statusCode()).isEqualTo(403);
		assertThat(asAgent.form("/ideas/link", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void theAnonymousLinkShowsIdeasWithoutNamesAndTakesIdeasWithoutASubmitter() {
		owner.form("/ideas", Map.of("title", "Greet customers by name"));
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		assertThat(key.postJson("/api/v1/idea-link", "").statusCode()).isEqualTo(403);
		HttpResponse<String> made = owner.postJson("/api/v1/idea-link", "");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String token = mapper.readTree(made.body()).get("token").asString();
		assertThat(mapper.readTree(made.body()).get("link").asString()).endsWith("/s/ideas/" + token);
		assertThat(jdbc.sql("select count(*) from employee_settings where workspace_id = :w and idea_link_hash is not null")
			.param("w", tenant.workspace().id()).query(Long.class).single()).isEqualTo(1);

		WebClient anyone = WebClient.anonymous(port);
		String page = anyone.get("/s/ideas/" + token + "?lang=fa").body();
		assertThat(page).contains("Greet customers by name").contains("dir=\"rtl\"")
			.doesNotContain("Owner Idea pages").contains("idea-form");
		HttpResponse<String> sent = anyone.form("/s/ideas/" + token, Map.of("title", "پاسخ سریع‌تر به تماس‌ها",
				"lang", "fa"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(anyone.get("/s/ideas/" + token).body()).contains("پاسخ سریع‌تر به تماس‌ها");
		assertThat(jdbc.sql("""
				select count(*) from ideas where workspace_id = :w and title = 'پاسخ سریع‌تر به تماس‌ها'
				  and submitter_user is null and submitter_employee is null and language = 'fa'""")
			.param("w", tenant.workspace().id()).query(Long.class).single()).isEqualTo(1);
		assertThat(anyone.get("/s/ideas/" + token + "/similar?text=greet%20customers").body()).contains("Greet customers");
		HttpResponse<String> blank = anyone.form("/s/ideas/" + token, Map.of("title", ""));
		assertThat(blank.statusCode()).isEqualTo(422);
		assertThat(blank.body()).contains("idea-error");
		// a bot filling the hidden field is thanked and nothing is kept
		anyone.form("/s/ideas/" + token, Map.of("title", "Buy cheap watches", "website", "http://spam.example"));
		assertThat(anyone.get("/s/ideas/" + token).body()).doesNotContain("Buy cheap watches");

		// a new link closes the old one; an unknown token opens nothing
		String next = mapper.readTree(owner.postJson("/api/v1/idea-link", "").body()).get("token").asString();
		assertThat(anyone.get("/s/ideas/" + token).statusCode()).isEqualTo(404);
		assertThat(anyone.get("/s/ideas/" + next).statusCode()).isEqualTo(200);
		assertThat(anyone.get("/s/ideas/not-a-token").statusCode()).isEqualTo(404);
		assertThat(owner.form("/ideas/link", Map.of()).statusCode()).isEqualTo(302);
	}
}
