package io.tajriba.surveys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.customers.Customers;
import io.tajriba.surveys.RecoveryInvitation.Outcome;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.internal.Respondents;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Recovery follow-ups through {@link Surveys#recoveryInvite}: e-mailed, answered, and held back by the rule. */
@TajribaTest
@RecordApplicationEvents
class RecoveryInvitationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	Surveys surveys;

	@Autowired
	Customers customers;

	@Autowired
	Respondents respondents;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	UUID workspace;
	WebClient key;
	String domain;

	@BeforeEach
	void customers() {
		tenant = tenants.create("Recovery");
		workspace = tenant.workspace().id();
		key = WebClient.withKey(port, tenant.apiKey());
		domain = UUID.randomUUID().toString().substring(0, 8) + ".recovery.example";
		key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"r-1","email":"r1@%1$s","locale":"fa-IR"}
				{"id":"r-2","email":"r2@%1$s","locale":"ar"}
				{"id":"r-3","locale":"he"}
				""".formatted(domain));
	}

	UUID customer(String ref) {
		return customers.profile(workspace, ref).orElseThrow().id();
	}

	@Test
	void theFollowUpIsMailedInTheCustomersLanguageAndItsAnswerComesBackAsTheirs() throws Exception {
		assertThat(surveys.recoverySurvey(workspace, "nps")).isEmpty();
		RecoveryInvitation sent = surveys.recoveryInvite(workspace, customer("r-1"), "nps", "case-17");
		assertThat(sent.outcome()).isEqualTo(Outcome.SENT);
		assertThat(sent.invitationId()).isNotNull();
		UUID survey = sent.surveyId();
		assertThat(surveys.recoverySurvey(workspace, "nps")).contains(survey);
		assertThat(surveys.list(workspace))
			.containsExactly(new SurveySummary(survey, "Follow-up: how are things now?", "published"));
		assertThat(surveys.questions(workspace, survey).orElseThrow()).singleElement().satisfies(q -> {
			assertThat(q.kind()).isEqualTo("nps");
			assertThat(q.title()).containsOnlyKeys("en", "fa", "ar", "he")
				.containsEntry("fa", "چقدر احتمال دارد ما را به دوستان یا همکاران خود پیشنهاد کنید؟");
		});

		MimeMessage mail = mailTo("r1@" + domain);
		assertThat(mail.getSubject()).isEqualTo("اکنون اوضاع چطور است؟");
		assertThat((String) mail.getContent()).contains("لطفاً اینجا پاسخ دهید");
		assertThat(WebClient.anonymous(port).form(link(mail), Map.of("q.nps", "9")).statusCode()).isEqualTo(200);
		UUID response = jdbc.sql("select response_id from survey_invitations where workspace_id = :w and id = :id")
			.param("w", workspace).param("id", sent.invitationId()).query(UUID.class).single();
		SubmittedResponse answer = surveys.submitted(workspace, response).orElseThrow();
		assertThat(answer.surveyId()).isEqualTo(survey);
		assertThat(answer.customerId()).isEqualTo(customer("r-1"));
		assertThat(answer.interactionId()).isEqualTo("case-17");
		assertThat(answer.language()).isEqualTo("fa");
		assertThat(answer.answers()).containsExactly(new SubmittedResponse.Answer("nps", "nps", 9, List.of(), null));
	}

	@Test
	void theContactRuleAndAMissingAddressHoldItBackAndTheSurveyIsMadeOnce() throws Exception {
		RecoveryInvitation first = surveys.recoveryInvite(workspace, customer("r-1"), "nps", "case-1");
		assertThat(first.outcome()).isEqualTo(Outcome.SENT);
		for (String metric : List.of("nps", "csat")) {
			assertThat(surveys.recoveryInvite(workspace, customer("r-1"), metric, "case-2"))
				.isEqualTo(new RecoveryInvitation(Outcome.CONTACTED_RECENTLY, null, null));
		}
		assertThat(surveys.recoveryInvite(workspace, customer("r-3"), "nps", "case-3"))
			.isEqualTo(new RecoveryInvitation(Outcome.NO_EMAIL, null, null));

		RecoveryInvitation second = surveys.recoveryInvite(workspace, customer("r-2"), "nps", "case-4");
		assertThat(second.outcome()).isEqualTo(Outcome.SENT);
		assertThat(second.surveyId()).isEqualTo(first.surveyId());
		MimeMessage mail = mailTo("r2@" + domain);
		assertThat(mail.getSubject()).isEqualTo("كيف تسير الأمور الآن؟");
		// answered in this thread, where the recorded events are visible
		String token = link(mail).substring(3);
		assertThat(respondents.submit(token, "", Map.of("nps", Answer.number(3)), null).orElseThrow().complete())
			.isTrue();
		assertThat(events.stream(ResponseSubmitted.class)).singleElement().satisfies(e -> {
			assertThat(e.surveyId()).isEqualTo(first.surveyId());
			assertThat(e.customerId()).isEqualTo(customer("r-2"));
			assertThat(e.interactionId()).isEqualTo("case-4");
		});

		// without a limit the same customer may be asked again, here on the other metric's own survey
		key.send("/api/v1/surveys/contact-rule", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"days\":0}")));
		RecoveryInvitation csat = surveys.recoveryInvite(workspace, customer("r-1"), "csat", "case-5");
		assertThat(csat.outcome()).isEqualTo(Outcome.SENT);
		assertThat(csat.surveyId()).isNotEqualTo(first.surveyId());
		assertThat(surveys.recoverySurvey(workspace, "csat")).contains(csat.surveyId());
		assertThat(surveys.questions(workspace, csat.surveyId()).orElseThrow()).singleElement()
			.satisfies(q -> assertThat(q.kind()).isEqualTo("csat"));
	}

	@Test
	void twoFirstInvitationsAtOnceMakeOneSurvey() {
		var one = CompletableFuture.supplyAsync(() -> surveys.recoveryInvite(workspace, customer("r-1"), "nps", "a"));
		var two = CompletableFuture.supplyAsync(() -> surveys.recoveryInvite(workspace, customer("r-2"), "nps", "b"));
		assertThat(one.join().outcome()).isEqualTo(Outcome.SENT);
		assertThat(two.join().surveyId()).isEqualTo(one.join().surveyId());
		assertThat(surveys.list(workspace)).hasSize(1);
	}

	/** The message GreenMail received for this address, once it arrives. */
	static MimeMessage mailTo(String email) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays
			.stream(TestMail.server().getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1)))
			.filter(m -> addressedTo(m, email)).findFirst().orElse(null), java.util.Objects::nonNull);
	}

	/** The path of the survey link in the message. */
	static String link(MimeMessage message) throws Exception {
		var link = Pattern.compile("(/s/[A-Za-z0-9_-]{43})\\s").matcher((String) message.getContent());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private static boolean addressedTo(MimeMessage message, String email) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
		}
		catch (Exception e) {
			return false;
		}
	}
}
