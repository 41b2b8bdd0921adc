package io.tajriba.workspaces;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TestMail;
import io.tajriba.WebClient;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/** The account e-mails GreenMail received, and forms posted as a browser that holds only the link would. */
public final class AccountMails {

	private AccountMails() {
	}

	static List<MimeMessage> to(String email) {
		return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> addressedTo(m, email)).toList();
	}

	/** The path of the link ({@code /invitations/...}, {@code /password/reset/...}) in the mail to the address. */
	public static String link(String email, String prefix) {
		MimeMessage message = await().atMost(Duration.ofSeconds(20)).until(
				() -> to(email).stream().reduce((a, b) -> b).orElse(null), java.util.Objects::nonNull);
		try {
			Matcher link = Pattern.compile("https?://[^/]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]{43})\\?lang=")
				.matcher((String) message.getContent());
			if (!link.find()) {
				throw new AssertionError("no link in " + message.getContent());
			}
			return link.group(1);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Posts the form of the page at {@code path} with its CSRF token, as an anonymous browser. */
	static java.net.http.HttpResponse<String> post(WebClient browser, String path, Map<String, String> fields) {
		Pattern token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
		Matcher csrf = token.matcher(browser.get(path).body());
		if (!csrf.find()) {
			// a page without its form (a link no longer valid): the token of the sign-in page
			csrf = token.matcher(browser.get("/login").body());
			csrf.find();
		}
		var all = new java.util.HashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		return browser.form(path, all);
	}

	private static boolean addressedTo(MimeMessage message, String email) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
		}
		catch (Exception e) {
			return false;
		}
	}
}
