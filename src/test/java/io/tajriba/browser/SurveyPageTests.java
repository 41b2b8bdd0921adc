package io.tajriba.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A respondent answers an NPS survey from their invitation link, in English and in Persian: the follow-up for
 * detractors appears after the score, the answers are saved, and the link cannot be used twice.
 */
@TajribaTest
class SurveyPageTests extends ChromiumTest {

	/** A survey from a template, published; answers its id. */
	static String published(WebClient key, String template) {
		String created = key.postJson("/api/v1/surveys?template=" + template, "{}").body();
		String survey = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42);
		assertThat(key.postJson("/api/v1/surveys/" + survey + "/publish", "").statusCode()).isEqualTo(200);
		return survey;
	}

	String invite(WebClient key, String survey, String locale) {
		var invitation = key.postJson("/api/v1/surveys/" + survey + "/invitations",
				"{\"customer\":\"c-" + locale + "\",\"locale\":\"" + locale + "\",\"touchpoint\":\"IVR billing\",\"agent\":\"Sara\"}");
		assertThat(invitation.statusCode()).isEqualTo(201);
		var link = Pattern.compile("\"link\":\"[^\"]*(/s/[A-Za-z0-9_-]{43})\"").matcher(invitation.body());
		assertThat(link.find()).as(invitation.body()).isTrue();
		return link.group(1);
	}

	/** Invites by e-mail and answers the link that GreenMail received, in the recipient's language. */
	String mailed(WebClient key, String survey, String locale, String email, String subject) throws Exception {
		var invitation = key.postJson("/api/v1/surveys/" + survey + "/invitations",
				"{\"customer\":\"m-" + locale + "\",\"email\":\"" + email + "\",\"locale\":\"" + locale
						+ "\",\"touchpoint\":\"IVR billing\",\"agent\":\"Sara\"}");
		assertThat(invitation.body()).contains("\"mail\":\"queued\"");
		MimeMessage message = await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays
			.stream(TestMail.server().getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1)))
			.filter(m -> addressedTo(m, email)).findFirst().orElse(null), java.util.Objects::nonNull);
		assertThat(message.getSubject()).isEqualTo(subject);
		String body = (String) message.getContent();
		assertThat(body).contains(Map.of("en", "Please answer here", "fa", "لطفاً اینجا پاسخ دهید", "he", "נשמח לתשובתך כאן")
			.get(locale));
		var link = Pattern.compile("(/s/[A-Za-z0-9_-]{43})\\s").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	static boolean addressedTo(MimeMessage message, String email) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
		}
		catch (Exception e) {
			return false;
		}
	}

	@Test
	void anNpsSurveyIsAnsweredInEnglishAndInPersianFromAnEmailInvitation() throws Exception {
		Tenant tenant = tenants.create("Survey pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = published(key, "nps-relationship");

		Map<String, String> subjects = Map.of("en", "How are we doing?", "fa", "عملکرد ما چطور است؟");
		for (var language : Map.of("en", "Send", "fa", "ارسال").entrySet()) {
			String path = mailed(key, survey, language.getKey(), "nps-" + language.getKey() + "@example.com",
					subjects.get(language.getKey()));
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 1000))) {
				Page page = context.newPage();
				page.navigate(url(path));
				boolean rtl = language.getKey().equals("fa");
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(rtl ? "rtl" : "ltr");
				assertThat(page.textContent("button[type=submit]")).isEqualTo(language.getValue());
				// the scale reads in the respondent's direction: 0 on the right in Persian
				double zero = page.locator("label[for=nps-0]").boundingBox().x;
				double ten = page.locator("label[for=nps-10]").boundingBox().x;
				assertThat(rtl ? zero > ten : zero < ten).isTrue();
				assertThat(page.locator("#question-improve").count()).isZero();

				page.click("button[type=submit]");
				assertThat(page.textContent("#question-nps .error")).isEqualTo(rtl ? "لطفاً به این پرسش پاسخ دهید." : "Please answer this question.");
				page.click("label[for=nps-3]");
				page.click("label[for=feeling-frustrated]");
				page.click("button[type=submit]");
				assertThat(page.locator("#question-improve").count()).isEqualTo(1);
				assertThat(page.locator("#nps-3").isChecked()).isTrue();
				page.fill("#question-improve textarea", rtl ? "صف تلفن خیلی طولانی بود" : "The phone queue was far too long");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("survey-" + language.getKey() + ".png")));
				page.click("button[type=submit]");
				page.waitForSelector("#thanks");
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-thanks-" + language.getKey() + ".png")));

				page.navigate(url(path));
				assertThat(page.locator("#thanks").count()).isEqualTo(1);
				assertThat(page.locator("#survey-form").count()).isZero();
			}
		}
		String responses = key.get("/api/v1/surveys/" + survey + "/responses").body();
		assertThat(responses.split("\"status\":\"complete\"")).hasSize(3);
		assertThat(responses).contains("صف تلفن خیلی طولانی بود", "\"language\":\"fa\"", "\"agent\":\"Sara\"",
				"\"touchpoint\":\"IVR billing\"", "\"feeling\": [\"frustrated\"]");
	}

	@Test
	void aUsedLinkABadAnswerABotAndAStrangerGetClearAnswers() {
		Tenant tenant = tenants.create("Survey guards");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = published(key, "post-purchase-csat");
		WebClient respondent = WebClient.anonymous(port);

		String path = invite(key, survey, "fa");
		var bad = respondent.form(path, Map.of("shown", "csat", "q.csat", "9", "q.repurchase", "4"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("عددی از ۱ تا ۵ انتخاب کنید.");
		var good = respondent.form(path, Map.of("q.csat", "5", "q.repurchase", "4", "q.comment", "<script>alert(1)</script>"));
		assertThat(good.statusCode()).isEqualTo(200);
		var again = respondent.form(path, Map.of("q.csat", "1", "q.repurchase", "1"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(key.get("/api/v1/surveys/" + survey + "/responses").body()).contains("\"csat\": 5")
			.doesNotContain("\"csat\": 1");

		String botPath = invite(key, survey, "en");
		var bot = respondent.form(botPath, Map.of("q.csat", "5", "q.repurchase", "5", "website", "http://spam.example"));
		assertThat(bot.statusCode()).isEqualTo(200);
		assertThat(respondent.get(botPath).body()).contains("survey-form");

		assertThat(respondent.get("/s/" + "x".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(respondent.get("/s/short").statusCode()).isEqualTo(404);
		assertThat(WebClient.withKey(port, tenants.create("Stranger").apiKey())
			.postJson("/api/v1/surveys/" + survey + "/invitations", "{}").statusCode()).isEqualTo(404);
		assertThat(List.of(good.body())).allSatisfy(b -> assertThat(b).doesNotContain("<script>alert(1)</script>"));
	}

	@Test
	void anUnsubscribedAddressGetsNoMoreInvitations() throws Exception {
		Tenant tenant = tenants.create("Unsubscribe");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = published(key, "post-support-ces");
		String path = mailed(key, survey, "he", "quiet@example.org", "הפנייה שלך לתמיכה");
		WebClient respondent = WebClient.anonymous(port);
		assertThat(respondent.get(path + "/unsubscribe").body()).contains("האם להפסיק לשלוח לך הזמנות לסקרים?");
		assertThat(respondent.form(path + "/unsubscribe", Map.of()).body()).contains("id=\"unsubscribed\"");
		assertThat(key.postJson("/api/v1/surveys/" + survey + "/invitations", "{\"email\":\"Quiet@example.org\"}")
			.body()).contains("\"mail\":\"unsubscribed\"");
		// another workspace may still write to the same person
		WebClient other = WebClient.withKey(port, tenants.create("Other sender").apiKey());
		String theirSurvey = published(other, "post-support-ces");
		assertThat(other.postJson("/api/v1/surveys/" + theirSurvey + "/invitations", "{\"email\":\"quiet@example.org\"}")
			.body()).contains("\"mail\":\"queued\"");
	}

	@Test
	void aSurveyTakesAtMostItsRateOfSubmissionsAMinute() {
		Tenant tenant = tenants.create("Rate limit");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = published(key, "post-purchase-csat");
		WebClient respondent = WebClient.anonymous(port);
		String path = invite(key, survey, "ar");
		// 40 a minute for one survey in the tests: 85 posts within two minute windows must meet a refusal,
		// and none may come before the 41st
		int first = -1;
		for (int i = 0; i < 85 && first < 0; i++) {
			var answer = respondent.form(path, Map.of("q.csat", "9"));
			if (answer.statusCode() == 429) {
				first = i;
				assertThat(answer.body()).contains("تصل الآن إجابات كثيرة من هنا");
			}
		}
		assertThat(first).isGreaterThanOrEqualTo(40);
	}

	@org.springframework.beans.factory.annotation.Autowired
	com.github.kagkarlsson.scheduler.SchedulerClient scheduler;

	@Test
	void aSentInvitationIsRemindedOnceUnlessAnswered() throws Exception {
		Tenant tenant = tenants.create("Reminders");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = published(key, "post-purchase-csat");
		String answered = mailed(key, survey, "en", "answers@reminders.example", "Your recent purchase");
		mailed(key, survey, "en", "silent@reminders.example", "Your recent purchase");
		assertThat(WebClient.anonymous(port).form(answered, Map.of("q.csat", "5", "q.repurchase", "4")).statusCode())
			.isEqualTo(200);

		var reminders = await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.getScheduledExecutions().stream()
			.filter(e -> e.getTaskInstance().getId().endsWith("-reminder")
					&& e.getData() instanceof Object data && data.toString().contains(tenant.workspace().id().toString()))
			.toList(), list -> list.size() == 2);
		java.time.Instant inThreeDays = java.time.Instant.now().plus(Duration.ofDays(3));
		assertThat(reminders).allSatisfy(e -> assertThat(e.getExecutionTime())
			.isBetween(inThreeDays.minus(Duration.ofMinutes(5)), inThreeDays.plus(Duration.ofMinutes(5))));
		// three days pass
		reminders.forEach(e -> scheduler.reschedule(e.getTaskInstance(), java.time.Instant.now()));

		await().atMost(Duration.ofSeconds(30)).until(() -> messages("silent@reminders.example").size() == 2);
		assertThat(messages("silent@reminders.example").get(1).getSubject()).isEqualTo("Reminder: Your recent purchase");
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> messages("answers@reminders.example").size() == 1);
	}

	static List<MimeMessage> messages(String email) {
		return java.util.Arrays.stream(TestMail.server().getReceivedMessagesForDomain("reminders.example"))
			.filter(m -> addressedTo(m, email)).toList();
	}
}
