package io.tajriba.surveys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Invitation links: used once however many answers race for them, and never kept in clear. */
@TajribaTest
class InvitationTests {

	private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;
	String survey;

	@BeforeEach
	void survey() {
		tenant = tenants.create("Invitations");
		key = WebClient.withKey(port, tenant.apiKey());
		survey = SurveyApiTests.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
	}

	static String token(String text) {
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("a survey link in %s", text).isTrue();
		return link.group(1);
	}

	@Test
	void parallelAnswersThroughOneLinkLeaveOneResponse() throws Exception {
		String token = token(key.postJson("/api/v1/surveys/" + survey + "/invitations", "{\"locale\":\"en\"}").body());
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			for (int i = 0; i < threads; i++) {
				String score = String.valueOf(1 + i % 5);
				answers.add(pool.submit(() -> {
					start.await();
					return WebClient.anonymous(port).form("/s/" + token, Map.of("q.csat", score, "q.repurchase", "3"))
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsOnly(200, 409);
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		}
		assertThat(jdbc.sql("select count(*) from survey_responses where workspace_id = :w and survey_id = :s")
			.param("w", tenant.workspace().id()).param("s", UUID.fromString(survey)).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theMailedLinkIsMadeWhenSentAndTheSchedulerKeepsNoToken() {
		String address = "someone-" + UUID.randomUUID() + "@invitations.example";
		String body = key.postJson("/api/v1/surveys/" + survey + "/invitations",
				"{\"email\":\"" + address + "\",\"locale\":\"en\"}").body();
		assertThat(body).contains("\"mail\":\"queued\"");
		String given = token(body);
		String invitation = body.substring(body.indexOf("\"id\":\"") + 6, body.indexOf("\"id\":\"") + 42);

		MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays
			.stream(TestMail.server().getReceivedMessages())
			.filter(m -> recipient(m).equals(address)).findFirst().orElse(null), java.util.Objects::nonNull);
		String mailed = token(text(mail));
		assertThat(mailed).isNotEqualTo(given);

		// the reminder waits three days in the scheduler's table: with the invitation's id, and no token
		byte[] reminder = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select task_data from scheduled_tasks where task_instance = :id")
			.param("id", invitation + "-reminder").query(byte[].class).optional().orElse(null), java.util.Objects::nonNull);
		String data = new String(reminder, StandardCharsets.ISO_8859_1);
		assertThat(data).contains("InvitationMail").doesNotContain(given).doesNotContain(mailed);

		// both links open the one invitation, which is answered once
		WebClient respondent = WebClient.anonymous(port);
		assertThat(respondent.get("/s/" + mailed).statusCode()).isEqualTo(200);
		assertThat(respondent.form("/s/" + mailed, Map.of("q.csat", "5", "q.repurchase", "4")).statusCode())
			.isEqualTo(200);
		assertThat(respondent.form("/s/" + given, Map.of("q.csat", "1", "q.repurchase", "1")).statusCode())
			.isEqualTo(409);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			return "";
		}
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
