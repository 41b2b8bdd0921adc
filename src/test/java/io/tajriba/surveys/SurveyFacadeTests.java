package io.tajriba.surveys;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules read through {@link Surveys}: responses, the surveys' outline, the contact rule. */
@TajribaTest
class SurveyFacadeTests {

	static final String SURVEY = """
			{"name":"Store visit","definition":{"title":{"en":"Your visit"},"thanks":{"en":"Thanks"},"languages":["en"],
			 "questions":[{"key":"nps","type":"nps","text":{"en":"Recommend us?"}},
			  {"key":"visit","type":"single_choice","text":{"en":"Where?"},
			   "choices":[{"key":"store","label":{"en":"Store"}},{"key":"web","label":{"en":"Web"}}]},
			  {"key":"feeling","type":"emotion","required":false,"text":{"en":"Feeling?"}},
			  {"key":"comment","type":"text","required":false,"text":{"en":"Anything else?"}}]}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;
	UUID survey;

	@BeforeEach
	void survey() {
		tenant = tenants.create("Facade");
		key = WebClient.withKey(port, tenant.apiKey());
		survey = UUID.fromString(SurveyApiTests.id(key.postJson("/api/v1/surveys", SURVEY).body()));
		assertThat(key.postJson("/api/v1/surveys/" + survey + "/publish", "").statusCode()).isEqualTo(200);
	}

	UUID responseId(String externalId) {
		return jdbc.sql("select id from survey_responses where workspace_id = :w and external_id = :e")
			.param("w", tenant.workspace().id()).param("e", externalId).query(UUID.class).single();
	}

	void post(String ndjson) {
		var report = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", ndjson);
		assertThat(report.body()).doesNotContain("\"line\"");
	}

	@Test
	void aSubmittedResponseGivesEachAnswerByItsKindAndOnlyToItsWorkspace() {
		post("""
				{"id":"f1","customer":"c-f","interaction":"call-1","channel":"call_center","touchpoint":"IVR","agent":"Sara","submittedAt":"2026-11-01T10:00:00Z","locale":"en","answers":{"nps":4,"visit":"store","feeling":["angry","frustrated"],"comment":"Too slow"}}
				{"id":"f2","complete":false,"answers":{"nps":9}}
				""");
		SubmittedResponse r = surveys.submitted(tenant.workspace().id(), responseId("f1")).orElseThrow();
		assertThat(r.surveyId()).isEqualTo(survey);
		assertThat(r.surveyName()).isEqualTo("Store visit");
		assertThat(r.customerId()).isNotNull();
		assertThat(List.of(r.interactionId(), r.channel(), r.touchpoint(), r.agent(), r.language()))
			.containsExactly("call-1", "call_center", "IVR", "Sara", "en");
		assertThat(r.completedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
		assertThat(r.answers()).containsExactly(new SubmittedResponse.Answer("nps", "nps", 4, List.of(), null),
				new SubmittedResponse.Answer("visit", "single_choice", null, List.of("store"), null),
				new SubmittedResponse.Answer("feeling", "emotion", null, List.of("angry", "frustrated"), null),
				new SubmittedResponse.Answer("comment", "text", null, List.of(), "Too slow"));

		assertThat(surveys.submitted(tenant.workspace().id(), responseId("f2"))).isEmpty();
		UUID other = tenants.create("Other facade").workspace().id();
		assertThat(surveys.submitted(other, responseId("f1"))).isEmpty();
		assertThat(surveys.submitted(tenant.workspace().id(), UUID.randomUUID())).isEmpty();
	}

	@Test
	void responsesOfAPeriodComeOldestFirstUpToTheLimit() {
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
		StringBuilder rows = new StringBuilder();
		// one a minute from a minute before the period to its end, posted newest first
		for (int i = 5; i >= -1; i--) {
			rows.append("{\"id\":\"b%d\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":%d,\"visit\":\"web\"}}\n"
				.formatted(i, from.plus(Duration.ofMinutes(i)), i + 1));
		}
		post(rows.toString());
		Instant to = from.plus(Duration.ofMinutes(5));

		List<UUID> all = new ArrayList<>();
		surveys.submittedBetween(tenant.workspace().id(), from, to, 100, r -> all.add(r.responseId()));
		assertThat(all).containsExactly(responseId("b0"), responseId("b1"), responseId("b2"), responseId("b3"),
				responseId("b4"));
		List<Integer> first = new ArrayList<>();
		surveys.submittedBetween(tenant.workspace().id(), from, to, 2, r -> first.add(r.answers().getFirst().score()));
		assertThat(first).containsExactly(1, 2);
		surveys.submittedBetween(tenants.create("Empty facade").workspace().id(), from, to, 100,
				r -> assertThat(r).as("another workspace's response").isNull());
	}

	@Test
	void theRuleEditorSeesTheSurveysAndTheirQuestions() {
		assertThat(surveys.list(tenant.workspace().id()))
			.containsExactly(new SurveySummary(survey, "Store visit", "published"));
		List<QuestionSummary> questions = surveys.questions(tenant.workspace().id(), survey).orElseThrow();
		assertThat(questions).extracting(QuestionSummary::key, QuestionSummary::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("nps", "nps"),
					org.assertj.core.groups.Tuple.tuple("visit", "single_choice"),
					org.assertj.core.groups.Tuple.tuple("feeling", "emotion"),
					org.assertj.core.groups.Tuple.tuple("comment", "text"));
		assertThat(questions.get(0).title()).isEqualTo(Map.of("en", "Recommend us?"));
		assertThat(questions.get(0).options()).isEmpty();
		assertThat(questions.get(1).options()).containsExactly("store", "web");
		assertThat(questions.get(2).options()).contains("delighted", "angry").hasSize(8);
		assertThat(surveys.questions(tenants.create("Not theirs").workspace().id(), survey)).isEmpty();
	}

	HttpResponse<String> putRule(WebClient client, String json) {
		return client.send("/api/v1/surveys/contact-rule", HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	@Test
	void theContactRuleIsSevenDaysUntilChangedWithinItsBoundsByThoseWhoRunSurveys() {
		assertThat(key.get("/api/v1/surveys/contact-rule").body()).isEqualTo("{\"days\":7}");
		var changed = putRule(key, "{\"days\":14}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo("{\"days\":14}");
		assertThat(key.get("/api/v1/surveys/contact-rule").body()).isEqualTo("{\"days\":14}");
		assertThat(surveys.contactDays(tenant.workspace().id())).isEqualTo(14);
		assertThat(surveys.contactDays(tenants.create("Default rule").workspace().id())).isEqualTo(7);

		for (String bad : List.of("{\"days\":-1}", "{\"days\":400}", "{}")) {
			var refused = putRule(key, bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(422);
			assertThat(refused.body()).contains("\"field\":\"days\"");
		}

		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		UUID viewer = administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient reader = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(reader.get("/api/v1/surveys/contact-rule").body()).isEqualTo("{\"days\":14}");
		assertThat(putRule(reader, "{\"days\":1}").statusCode()).isEqualTo(403);
		var agent = administration.replaceKey(tenant.workspace().id(), "agent", Role.AGENT, java.util.Optional.empty());
		assertThat(putRule(WebClient.withKey(port, agent.secret()), "{\"days\":1}").statusCode()).isEqualTo(403);
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(putRule(owner, "{\"days\":0}").body()).isEqualTo("{\"days\":0}");
		assertThat(surveys.contactDays(tenant.workspace().id())).isZero();
	}
}
