package io.tajriba.reports;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.metrics.HomeFeed;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.reports.domain.ReportSchedule;
import io.tajriba.reports.domain.ReportSchedule.Frequency;
import io.tajriba.reports.internal.ReportJob;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Weekly reports of a Persian workspace (Tehran, Solar Hijri calendar): NPS went from -90 (27 detractors, 3
 * passives) in the week before to 90 (27 promoters, 3 passives) in the week of the report, far past its test. Its owner reads Persian; a second
 * workspace has no answers and a subscription that only sends when something changed.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportSubscriptionTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportJob job;

	@Autowired
	MetricWindows windows;

	@Autowired
	HomeFeed homeFeed;

	@Autowired
	AccessAdministration administration;

	Tenant persian;
	Tenant quiet;
	WebClient owner;
	WebClient quietOwner;
	String subscription;
	String quietSubscription;
	Instant due;

	@BeforeAll
	void twoWorkspaces() {
		persian = tenants.create("Gozaresh", "fa", CalendarSystem.PERSIAN);
		quiet = tenants.create("Quiet", "en", CalendarSystem.GREGORIAN);
		owner = WebClient.signedIn(port, persian.ownerEmail(), persian.password());
		quietOwner = WebClient.signedIn(port, quiet.ownerEmail(), quiet.password());
	}

	/**
	 * An hour whose next Saturday send lies more than an hour ahead (so that the scheduler's own runs, on the real
	 * clock, leave it to the test) and within six days (so that its week holds answers of today).
	 */
	static int hour() {
		Instant now = Instant.now();
		for (int hour : new int[] { 8, 23, 3, 15 }) {
			Instant next = ReportSchedule.next(now, TEHRAN, CalendarSystem.PERSIAN, Frequency.WEEKLY, hour);
			if (next.isAfter(now.plus(Duration.ofHours(1)))
					&& !next.atZone(TEHRAN).toLocalDate().isAfter(now.atZone(TEHRAN).toLocalDate().plusDays(6))) {
				return hour;
			}
		}
		throw new IllegalStateException("no hour fits");
	}

	@Test
	@Order(1)
	void aMemberSubscribesToAWeeklyReportOnSaturdaysInTheirLanguage() {
		int hour = hour();
		HttpResponse<String> created = owner.postJson("/api/v1/report-subscriptions",
				"{\"view\":\"overview\",\"frequency\":\"weekly\",\"hour\":" + hour + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode s = json(created);
		subscription = s.get("id").asString();
		assertThat(s.get("language").asString()).isEqualTo("fa");
		assertThat(s.get("user").asString()).isEqualTo(persian.ownerId().toString());
		ZonedDateTime next = Instant.parse(s.get("nextAt").asString()).atZone(TEHRAN);
		assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(next.getHour()).isEqualTo(hour);
		assertThat(next.toInstant()).isAfter(Instant.now());
		due = next.toInstant();

		HttpResponse<String> mine = owner.get("/api/v1/report-subscriptions");
		assertThat(json(mine)).hasSize(1);

		// daily: due before the weekly one or with it
		HttpResponse<String> quietOne = quietOwner.postJson("/api/v1/report-subscriptions",
				"{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":" + hour + ",\"onlyWhenChanged\":true}");
		assertThat(quietOne.statusCode()).as(quietOne.body()).isEqualTo(201);
		quietSubscription = json(quietOne).get("id").asString();
	}

	@Test
	@Order(2)
	void badInputIsRefusedNamingTheField() {
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"pie\",\"frequency\":\"weekly\",\"hour\":8}"), "view");
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"hourly\",\"hour\":8}"), "frequency");
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":24}"), "hour");
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":2,\"language\":\"de\"}"), "language");
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":2,\"filters\":{\"colour\":\"red\"}}"), "filters.colour");
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":2,\"filters\":{\"language\":\"fa\"}}"), "filters.language");
		HttpResponse<String> two = owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":2,\"filters\":{\"channel\":\"web\",\"agent\":\"sara\"}}");
		assertThat(two.statusCode()).as("a report takes one filter").isEqualTo(422);
		assertThat(two.body()).contains("one filter");
		// a member of another workspace cannot be subscribed
		assertField(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":\"daily\",\"hour\":2,\"user\":\""
				+ quiet.ownerId() + "\"}"), "user");
	}

	@Test
	@Order(3)
	void theWeeklyReportArrivesAtItsInstantWithItsPdfInPersian() throws Exception {
		importAnswers();
		int before = TestMail.mailsTo(persian.ownerEmail()).length;
		job.run(due.minusSeconds(60));
		assertThat(TestMail.mailsTo(persian.ownerEmail())).hasSize(before);
		assertThat(deliveries(owner, subscription)).isEmpty();

		job.run(due);
		MimeMessage[] mails = TestMail.mailsTo(persian.ownerEmail());
		assertThat(mails).hasSize(before + 1);
		MimeMessage mail = mails[mails.length - 1];
		assertThat(mail.getSubject()).contains("گزارش تجربهٔ مشتری");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/reports/unsubscribe/");
		String html = part(mail, "text/html");
		assertThat(html).contains("dir=\"rtl\"").contains("lang=\"fa\"").contains("گزارش تجربهٔ مشتری")
			// NPS from -90 to 90 over 30 answers each, in Persian digits, significant
			.contains("۹۰").contains("۳۰").contains("بالا رفت").contains("/reports/unsubscribe/");
		byte[] pdf = attachment(mail);
		assertThat(pdf).isNotNull();
		Path dir = Files.createDirectories(Path.of("target", "reports"));
		Files.write(dir.resolve("report-fa.pdf"), pdf);
		Files.writeString(dir.resolve("report-fa-mail.html"), html);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("گزارش").contains("مشتری");
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
			ImageIO.write(page, "png", dir.resolve("report-fa-pdfbox.png").toFile());
		}
		JsonNode log = deliveries(owner, subscription);
		assertThat(log).hasSize(1);
		assertThat(log.get(0).get("status").asString()).isEqualTo("sent");
		assertThat(log.get(0).get("withPdf").asBoolean()).isTrue();

		// the next run at the same instant finds nothing due: the next send is a week later
		job.run(due);
		assertThat(TestMail.mailsTo(persian.ownerEmail())).hasSize(before + 1);
		JsonNode s = json(owner.get("/api/v1/report-subscriptions")).get(0);
		assertThat(Instant.parse(s.get("nextAt").asString())).isEqualTo(due.plus(Duration.ofDays(7)));
	}

	@Test
	@Order(4)
	void withOnlyWhenChangedNothingIsSentWhenNoFigureMoved() {
		// run at the due instant of the test before
		JsonNode log = deliveries(quietOwner, quietSubscription);
		assertThat(log).isNotEmpty();
		log.forEach(d -> {
			assertThat(d.get("status").asString()).isEqualTo("skipped");
			assertThat(d.get("reason").asString()).isEqualTo("nothing changed significantly");
		});
		assertThat(TestMail.mailsTo(quiet.ownerEmail())).isEmpty();
	}

	@Test
	@Order(5)
	void sendNowSendsAtOnceAndAnotherWorkspacesSubscriptionsAre404() {
		int before = TestMail.mailsTo(persian.ownerEmail()).length;
		HttpResponse<String> sent = owner.postJson("/api/v1/report-subscriptions/" + subscription + "/send-now", "");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(json(sent).get("status").asString()).isEqualTo("sent");
		assertThat(TestMail.mailsTo(persian.ownerEmail())).hasSize(before + 1);
		assertThat(deliveries(owner, subscription)).hasSize(2);

		assertThat(quietOwner.get("/api/v1/report-subscriptions/" + subscription + "/deliveries").statusCode())
			.isEqualTo(404);
		assertThat(quietOwner.postJson("/api/v1/report-subscriptions/" + subscription + "/send-now", "").statusCode())
			.isEqualTo(404);
		assertThat(quietOwner.delete("/api/v1/report-subscriptions/" + subscription).statusCode()).isEqualTo(404);
		assertThat(json(quietOwner.get("/api/v1/report-subscriptions?all=true")).toString())
			.doesNotContain(subscription);
		assertThat(TestMail.mailsTo(persian.ownerEmail())).hasSize(before + 1);
	}

	@Test
	@Order(6)
	void theUnsubscribeLinkWorksWithoutSigningIn() throws Exception {
		MimeMessage[] mails = TestMail.mailsTo(persian.ownerEmail());
		Matcher link = Pattern.compile("/reports/unsubscribe/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)")
			.matcher(part(mails[mails.length - 1], "text/html"));
		assertThat(link.find()).isTrue();
		String path = "/reports/unsubscribe/" + link.group(1);
		HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(URI.create(base() + path + "?lang=fa"))
			.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"unsubscribe\"");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> done = anonymous.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
					StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("id=\"unsubscribed\"");
		assertThat(json(owner.get("/api/v1/report-subscriptions"))).isEmpty();
		// a forged token leads nowhere
		HttpResponse<String> forged = anonymous.send(HttpRequest.newBuilder(URI.create(base()
				+ "/reports/unsubscribe/" + link.group(1).substring(0, 23) + ".AAAA")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forged.body()).contains("id=\"unknown\"").doesNotContain("id=\"unsubscribe\"");
	}

	@Test
	@Order(7)
	void theOverviewFeedNamesThisWeeksSignificantChangeInTheReadersWords() {
		Tenant feed = tenants.create("Feed", "fa", CalendarSystem.PERSIAN);
		WebClient key = WebClient.withKey(port, feed.apiKey());
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		StringBuilder rows = new StringBuilder();
		Instant now = Instant.now();
		for (int i = 0; i < 20; i++) {
			rows.append(row("now-" + i, now.minusSeconds(60 + i * 60L), i < 18 ? 10 : 8));
			rows.append(row("before-" + i, now.minus(Duration.ofDays(8)).minusSeconds(i * 60L), i < 18 ? 1 : 7));
		}
		assertThat(key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":40");
		await().atMost(Duration.ofSeconds(30)).until(() -> windows.window(feed.workspace().id(), "nps", "all", null,
				7, now.atZone(TEHRAN).toLocalDate(), 5).current().n() == 20);
		List<HomeFeed.Item> items = homeFeed.thisWeek(feed.workspace().id(), Locale.forLanguageTag("fa"), now, 10);
		assertThat(items).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo("change");
			assertThat(item.title()).contains("خالص امتیاز ترویج‌کنندگان").contains("بالا رفت");
			assertThat(item.detail()).contains("۹۰");
		});
		assertThat(homeFeed.thisWeek(quiet.workspace().id(), Locale.ENGLISH, now, 10)).isEmpty();
		String page = WebClient.signedIn(port, feed.ownerEmail(), feed.password()).get("/").body();
		assertThat(page).contains("id=\"feed\"").contains("تغییرات این هفته").contains("data-kind=\"change\"")
			.contains("بالا رفت");
		assertThat(quietOwner.get("/").body()).contains("id=\"feed\"")
			.contains("Nothing changed significantly this week.");
	}

	@Test
	@Order(8)
	void aClosedLoopReportSentNow() throws Exception {
		HttpResponse<String> created = quietOwner.postJson("/api/v1/report-subscriptions",
				"{\"view\":\"loop\",\"frequency\":\"monthly\",\"hour\":9,\"language\":\"en\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertField(quietOwner.postJson("/api/v1/report-subscriptions", "{\"view\":\"loop\",\"frequency\":"
				+ "\"daily\",\"hour\":9,\"filters\":{\"channel\":\"web\"}}"), "filters.channel");
		HttpResponse<String> sent = quietOwner.postJson("/api/v1/report-subscriptions/" + json(created).get("id")
			.asString() + "/send-now", "");
		assertThat(json(sent).get("status").asString()).as(sent.body()).isEqualTo("sent");
		MimeMessage[] mails = TestMail.mailsTo(quiet.ownerEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).contains("Closed-loop report");
		assertThat(part(mails[0], "text/html")).contains("dir=\"ltr\"").contains("Cases opened")
			.contains("/loop?lang=en");
		String id = json(created).get("id").asString();
		HttpResponse<String> preview = quietOwner.get("/reports/subscriptions/" + id + "/preview");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Cases opened").contains("/reports/unsubscribe/");
		assertThat(TestMail.mailsTo(quiet.ownerEmail())).as("a preview sends nothing").hasSize(1);
		HttpResponse<byte[]> pdf = quietOwner.getBytes("/reports/subscriptions/" + id + "/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(owner.get("/reports/subscriptions/" + id + "/preview").statusCode())
			.as("another workspace's subscription").isEqualTo(404);
	}

	@Test
	@Order(9)
	void aFailingSendIsRetriedWithBackoffThenLoggedAsFailedAndHoldsUpNoOther() {
		Tenant retry = tenants.create("Retry");
		WebClient admin = WebClient.signedIn(port, retry.ownerEmail(), retry.password());
		// a member whose address (as an older import may have stored it) the mail library refuses: every send of
		// this subscription fails
		UUID broken = administration.ensureUser("broken-" + UUID.randomUUID() + "@example.com", "Broken",
				TestWorkspaces.PASSWORD);
		jdbc.sql("update users set email = replace(email, '@', '@@') where id = :id").param("id", broken).update();
		tenants.addMember(retry, broken, Role.VIEWER);
		int hour = (Instant.now().atZone(TEHRAN).getHour() + 3) % 24;
		String failing = json(admin.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":"
				+ "\"daily\",\"hour\":" + hour + ",\"user\":\"" + broken + "\"}")).get("id").asString();
		JsonNode mine = json(admin.postJson("/api/v1/report-subscriptions", "{\"view\":\"overview\",\"frequency\":"
				+ "\"daily\",\"hour\":" + hour + "}"));
		Instant at = Instant.parse(mine.get("nextAt").asString());

		job.run(at);
		assertThat(TestMail.mailsTo(retry.ownerEmail())).hasSize(1);
		JsonNode log = deliveries(admin, failing);
		assertThat(log.get(0).get("status").asString()).isEqualTo("retrying");
		assertThat(log.get(0).get("error").asString()).isNotBlank();
		JsonNode s = subscriptionOf(admin, failing);
		assertThat(Instant.parse(s.get("retryAt").asString())).isEqualTo(at.plus(Duration.ofMinutes(5)));
		assertThat(Instant.parse(s.get("nextAt").asString())).isEqualTo(at);

		// not due again before its retry
		job.run(at.plus(Duration.ofMinutes(4)));
		assertThat(deliveries(admin, failing)).hasSize(1);
		job.run(at.plus(Duration.ofMinutes(5)));
		assertThat(Instant.parse(subscriptionOf(admin, failing).get("retryAt").asString()))
			.isEqualTo(at.plus(Duration.ofMinutes(35)));
		job.run(at.plus(Duration.ofMinutes(35)));
		assertThat(Instant.parse(subscriptionOf(admin, failing).get("retryAt").asString()))
			.isEqualTo(at.plus(Duration.ofMinutes(35)).plus(Duration.ofHours(2)));
		job.run(at.plus(Duration.ofMinutes(35)).plus(Duration.ofHours(2)));
		log = deliveries(admin, failing);
		assertThat(log).extracting(d -> d.get("status").asString())
			.containsExactly("failed", "retrying", "retrying", "retrying");
		s = subscriptionOf(admin, failing);
		assertThat(s.get("retryAt")).isNull();
		assertThat(Instant.parse(s.get("nextAt").asString())).isEqualTo(at.plus(Duration.ofDays(1)));
		// the working one was sent once, at its time
		assertThat(TestMail.mailsTo(retry.ownerEmail())).hasSize(1);
	}

	private JsonNode subscriptionOf(WebClient admin, String id) {
		for (JsonNode s : json(admin.get("/api/v1/report-subscriptions?all=true"))) {
			if (s.get("id").asString().equals(id)) {
				return s;
			}
		}
		throw new AssertionError("no subscription " + id);
	}

	private void importAnswers() {
		WebClient key = WebClient.withKey(port, persian.apiKey());
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			rows.append(row("now-" + i, Instant.now().minusSeconds(60 + i * 60L), i < 27 ? 10 : 8));
			rows.append(row("before-" + i, due.minus(Duration.ofDays(9)).minusSeconds(i * 60L), i < 27 ? 2 : 7));
		}
		HttpResponse<String> imported = key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson",
				rows.toString());
		assertThat(imported.body()).contains("\"accepted\":60");
		await().atMost(Duration.ofSeconds(30)).until(() -> windows.window(persian.workspace().id(), "nps", "all",
				null, 7, due.atZone(TEHRAN).toLocalDate(), 5).current().n() == 30);
	}

	static String row(String id, Instant at, int score) {
		return "{\"id\":\"" + id + "\",\"submittedAt\":\"" + at + "\",\"answers\":{\"nps\":" + score + "}}\n";
	}

	private JsonNode deliveries(WebClient client, String id) {
		HttpResponse<String> response = client.get("/api/v1/report-subscriptions/" + id + "/deliveries");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response).get("field").asString()).isEqualTo(field);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static byte[] attachment(Part part) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (body.isMimeType("application/pdf")) {
					try (InputStream in = body.getInputStream()) {
						return in.readAllBytes();
					}
				}
				byte[] inner = attachment(body);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}
}
