package io.tajriba.employees;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The idea box through the API: Sara (an employee with a member account) submits, Reza (a member, not an employee)
 * and Omid (an employee without an account, through the API key) vote, the owner reviews.
 */
@TajribaTest
class IdeaApiTests {

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
	String unique;
	WebClient owner;
	WebClient key;
	WebClient sara;
	WebClient reza;
	UUID saraId;
	UUID rezaId;

	@BeforeEach
	void aTeam() {
		tenant = tenants.create("Ideas");
		unique = UUID.randomUUID().toString().substring(0, 8);
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		key = WebClient.withKey(port, tenant.apiKey());
		saraId = member("sara", Role.AGENT);
		rezaId = member("reza", Role.VIEWER);
		sara = as("sara");
		reza = as("reza");
		EmployeeFixtures fixtures = new EmployeeFixtures(jdbc);
		UUID w = tenant.workspace().id();
		fixtures.team(w, "Front desk", "Service", "action");
		fixtures.employee(w, "E-1", "Sara Karimi", "sara-" + unique + "@ideas.example", "Front desk", null, saraId, null);
		fixtures.employee(w, "E-2", "Omid Rahimi", null, "Front desk", null, null, null);
	}

	UUID member(String name, Role role) {
		UUID id = administration.ensureUser(address(name), name, TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, id, role);
		return id;
	}

	String address(String name) {
		return name + "-" + unique + "@ideas.example";
	}

	WebClient as(String name) {
		return WebClient.signedIn(port, address(name), TestWorkspaces.PASSWORD);
	}

	JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	String submit(WebClient client, String json) {
		HttpResponse<String> r = client.postJson("/api/v1/ideas", json);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json(r).get("id").asString();
	}

	@Test
	void submittersAreTheMemberOrTheEmployeeNamedAndBadFieldsAreNamed() {
		String first = submit(sara, """
				{"title":"Call back customers who waited","body":"A callback after ten minutes","stage":"action",
				 "theme":"waiting"}""");
		JsonNode idea = json(sara.get("/api/v1/ideas/" + first));
		assertThat(idea.at("/idea/number").asInt()).isEqualTo(1);
		assertThat(idea.at("/idea/status").asString()).isEqualTo("submitted");
		assertThat(idea.at("/idea/stage").asString()).isEqualTo("action");
		assertThat(idea.get("submitter").asString()).isEqualTo("Sara Karimi");
		assertThat(idea.at("/changes/0/to").asString()).isEqualTo("submitted");
		String second = submit(key, "{\"title\":\"Shorter forms\",\"employee\":\"E-2\",\"language\":\"en\"}");
		assertThat(json(key.get("/api/v1/ideas/" + second)).get("submitter").asString()).isEqualTo("Omid Rahimi");
		assertThat(json(key.get("/api/v1/ideas/" + second)).at("/idea/number").asInt()).isEqualTo(2);
		String third = submit(reza, "{\"title\":\"Answer chats at night\"}");
		assertThat(json(reza.get("/api/v1/ideas/" + third)).get("submitter").asString()).isEqualTo("reza");

		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"" + "x".repeat(201) + "\"}"), "title");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"  \"}"), "title");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"A\",\"body\":\"" + "b".repeat(10_001) + "\"}"), "body");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"A\",\"stage\":\"nowhere\"}"), "stage");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"A\",\"touchpoint\":\"" + "t".repeat(201) + "\"}"),
				"touchpoint");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"A\",\"language\":\"de\"}"), "language");
		assertField(key.postJson("/api/v1/ideas", "{\"title\":\"A\",\"employee\":\"E-404\"}"), "employee");
		assertField(key.get("/api/v1/ideas?status=sleeping"), "status");
		assertField(key.get("/api/v1/ideas?sort=colour"), "sort");

		JsonNode list = json(key.get("/api/v1/ideas?stage=action"));
		assertThat(list.get("ideas")).hasSize(1);
		assertThat(list.at("/ideas/0/title").asString()).isEqualTo("Call back customers who waited");
		assertThat(json(key.get("/api/v1/ideas?sort=evidence")).get("sort").asString()).isEqualTo("evidence");
		assertThat(json(key.get("/api/v1/ideas")).get("ideas")).hasSize(3);
	}

	@Test
	void similarIdeasAreFoundAcrossPersianAndArabicSpellings() {
		// typed with the Arabic yeh and kaf: «كيفيت پشتيباني تلفني»
		String persian = submit(key, "{\"title\":\"\u0643\u064a\u0641\u064a\u062a \u067e\u0634\u062a\u064a\u0628\u0627\u0646\u064a \u062a\u0644\u0641\u0646\u064a\",\"language\":\"fa\"}");
		submit(key, "{\"title\":\"Deliver parcels faster\"}");
		submit(key, "{\"title\":\"Friendlier invoices\"}");
		// searched with the Persian yeh and kaf: «کیفیت پشتیبانی تلفنی را بهتر کنیم»
		JsonNode found = json(key.get("/api/v1/ideas/similar?text=" + encode("کیفیت پشتیبانی تلفنی را بهتر کنیم")));
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).get("id").asString()).isEqualTo(persian);
		assertThat(found.get(0).get("similarity").asDouble()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
		JsonNode english = json(key.get("/api/v1/ideas/similar?text=" + encode("faster delivery of parcels")));
		assertThat(english.get(0).get("title").asString()).isEqualTo("Deliver parcels faster");
		assertThat(english).noneMatch(n -> n.get("title").asString().equals("Friendlier invoices"));
		assertThat(json(key.get("/api/v1/ideas/similar?text=")).isEmpty()).isTrue();
	}

	@Test
	void everyoneVotesOnceAndClosedIdeasTakeNoVotes() {
		String idea = submit(sara, "{\"title\":\"Call back customers who waited\"}");
		HttpResponse<String> first = reza.postJson("/api/v1/ideas/" + idea + "/votes", "");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(json(first).get("votes").asInt()).isEqualTo(1);
		HttpResponse<String> again = reza.postJson("/api/v1/ideas/" + idea + "/votes", "");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again).get("votes").asInt()).isEqualTo(1);
		assertField(key.postJson("/api/v1/ideas/" + idea + "/votes", "{}"), "employee");
		assertThat(key.postJson("/api/v1/ideas/" + idea + "/votes", "{\"employee\":\"E-2\"}").statusCode()).isEqualTo(201);
		// Sara votes as the employee E-1: the API key voting for E-1 is the same vote
		assertThat(sara.postJson("/api/v1/ideas/" + idea + "/votes", "").statusCode()).isEqualTo(201);
		assertThat(key.postJson("/api/v1/ideas/" + idea + "/votes", "{\"employee\":\"E-1\"}").statusCode()).isEqualTo(200);
		assertThat(json(reza.get("/api/v1/ideas/" + idea)).at("/idea/votes").asInt()).isEqualTo(3);
		assertThat(json(reza.get("/api/v1/ideas/" + idea)).at("/idea/voted").asBoolean()).isTrue();
		assertThat(json(reza.delete("/api/v1/ideas/" + idea + "/votes")).get("votes").asInt()).isEqualTo(2);
		assertThat(json(reza.get("/api/v1/ideas/" + idea)).at("/idea/voted").asBoolean()).isFalse();

		HttpResponse<String> comment = reza.postJson("/api/v1/ideas/" + idea + "/comments",
				"{\"body\":\"<b>Yes</b>, the evening shift too\"}");
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
		assertField(reza.postJson("/api/v1/ideas/" + idea + "/comments", "{\"body\":\" \"}"), "body");
		assertThat(json(key.get("/api/v1/ideas/" + idea)).at("/comments/0/author").asString()).isEqualTo("reza");

		assertField(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"declined\"}"), "reason");
		assertThat(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"declined\",\"reason\":\"Not now\"}")
			.statusCode()).isEqualTo(200);
		assertField(reza.postJson("/api/v1/ideas/" + idea + "/votes", ""), "status");
		// an analyst may not reopen a declined idea; an owner may
		assertField(key.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"under_review\"}"), "status");
		assertThat(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"under_review\"}").statusCode()).isEqualTo(200);
		assertThat(reza.postJson("/api/v1/ideas/" + idea + "/votes", "").statusCode()).isEqualTo(201);
	}

	@Test
	void anAcceptedIdeaBecomesAnActionAndItsPeopleAreToldInTheAppAndByMail() {
		String idea = submit(sara, "{\"title\":\"Call back customers who waited\",\"stage\":\"action\"}");
		String other = submit(key, "{\"title\":\"Call customers back\"}");
		reza.postJson("/api/v1/ideas/" + idea + "/votes", "");
		// reviewers' mistakes are named
		assertField(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"done\"}"), "status");
		assertField(owner.patchJson("/api/v1/ideas/" + other, "{\"status\":\"duplicate\",\"reason\":\"Same\"}"),
				"duplicateOf");
		assertField(owner.patchJson("/api/v1/ideas/" + other, "{\"status\":\"duplicate\",\"reason\":\"Same\","
				+ "\"duplicateOf\":\"" + UUID.randomUUID() + "\"}"), "duplicateOf");
		assertField(owner.patchJson("/api/v1/ideas/" + other, "{\"status\":\"duplicate\",\"reason\":\"Same\","
				+ "\"duplicateOf\":\"" + other + "\"}"), "duplicateOf");
		assertThat(sara.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"accepted\"}").statusCode()).isEqualTo(403);
		HttpResponse<String> duplicate = owner.patchJson("/api/v1/ideas/" + other, "{\"status\":\"duplicate\","
				+ "\"reason\":\"Same as #1\",\"duplicateOf\":\"" + idea + "\"}");
		assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(200);
		assertThat(json(key.get("/api/v1/ideas/similar?text=" + encode("call customers back"))))
			.noneMatch(n -> n.get("id").asString().equals(other));

		HttpResponse<String> accepted = owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"accepted\"}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		String action = json(accepted).get("actionId").asString();
		JsonNode made = json(key.get("/api/v1/actions/" + action));
		assertThat(made.at("/insight/kind").asString()).isEqualTo("idea");
		assertThat(made.at("/insight/ref").asString()).isEqualTo(idea);
		assertThat(made.at("/insight/label").asString()).isEqualTo("Idea #1: Call back customers who waited");
		assertThat(made.get("stage").asString()).isEqualTo("action");
		JsonNode detail = json(sara.get("/api/v1/ideas/" + idea));
		assertThat(detail.at("/action/status").asString()).isEqualTo("not_started");
		assertThat(detail.at("/action/link").asString()).isEqualTo("/actions/" + action);
		assertThat(detail.get("changes")).hasSize(2);

		for (WebClient told : new WebClient[] { sara, reza }) {
			JsonNode notes = json(told.get("/api/v1/notifications"));
			assertThat(notes.toString()).contains("idea_status").contains("/ideas/1");
		}
		assertThat(json(owner.get("/api/v1/notifications")).toString()).doesNotContain("idea_status");
		// the notification leads to the idea's page, and the list names the idea
		String note = json(reza.get("/api/v1/notifications")).get(0).get("id").asString();
		HttpResponse<String> opened = reza.get("/notifications/" + note + "/open");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/ideas/1");
		assertThat(reza.get("/notifications").body()).contains("Idea #1 moved on: Call back customers who waited");
		await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.mailsTo(address("sara")).length >= 1
				&& TestMail.mailsTo(address("reza")).length >= 1);
		MimeMessage mail = TestMail.mailsTo(address("reza"))[0];
		assertThat(TestMail.subject(mail)).isEqualTo("Idea #1 is now accepted");
		assertThat(text(mail)).contains("/ideas/1?lang=en").doesNotContain("/cases/");

		// moving on: in progress, then done; a done idea takes no votes and no more moves
		assertThat(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"in_progress\"}").statusCode()).isEqualTo(200);
		assertThat(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"done\"}").statusCode()).isEqualTo(200);
		assertField(sara.postJson("/api/v1/ideas/" + idea + "/votes", ""), "status");
		assertField(owner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"under_review\"}"), "status");
		assertThat(json(key.get("/api/v1/ideas/" + idea)).at("/idea/actionId").asString()).isEqualTo(action);
	}

	@Test
	void anotherWorkspacesIdeasAnswer404() {
		String idea = submit(sara, "{\"title\":\"Call back customers who waited\"}");
		Tenant other = tenants.create("Ideas elsewhere");
		WebClient stranger = WebClient.withKey(port, other.apiKey());
		WebClient strangerOwner = WebClient.signedIn(port, other.ownerEmail(), other.password());
		assertThat(stranger.get("/api/v1/ideas/" + idea).statusCode()).isEqualTo(404);
		assertThat(strangerOwner.patchJson("/api/v1/ideas/" + idea, "{\"status\":\"accepted\"}").statusCode())
			.isEqualTo(404);
		assertThat(strangerOwner.postJson("/api/v1/ideas/" + idea + "/votes", "").statusCode()).isEqualTo(404);
		assertThat(strangerOwner.postJson("/api/v1/ideas/" + idea + "/comments", "{\"body\":\"hi\"}").statusCode())
			.isEqualTo(404);
		assertThat(stranger.get("/api/v1/ideas").body()).doesNotContain(idea);
		assertThat(stranger.get("/api/v1/ideas/similar?text=" + encode("call back customers")).body())
			.doesNotContain(idea);
		// a duplicate may not point at another workspace's idea
		String mine = submit(stranger, "{\"title\":\"Call back\"}");
		assertField(strangerOwner.patchJson("/api/v1/ideas/" + mine, "{\"status\":\"duplicate\",\"reason\":\"x\","
				+ "\"duplicateOf\":\"" + idea + "\"}"), "duplicateOf");
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response).get("field").asString()).isEqualTo(field);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String text(MimeMessage m) {
		try {
			return String.valueOf(m.getContent());
		}
		catch (jakarta.mail.MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
