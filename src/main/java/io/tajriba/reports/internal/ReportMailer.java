package io.tajriba.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends a report: an HTML mail (with a plain-text part) in the reader's language, the PDF printed from the same
 * template with the shipped fonts embedded, a link to the live view and an unsubscribe link (also as the
 * List-Unsubscribe header). Without Chromium, or when it fails, the mail goes without the PDF and says so.
 */
@Component
class ReportMailer {

	/** What was sent: whether with the PDF, and why not. */
	record Sent(boolean withPdf, @Nullable String note) {
	}

	static final String TEMPLATE = "reports/subscription-report";

	private final ObjectProvider<JavaMailSender> mail;
	private final ITemplateEngine templates;
	private final ReportPdf pdf;
	private final AccessAdministration administration;
	private final SubscriptionService subscriptions;
	private final MessageSource messages;
	private final String from;
	private final String publicUrl;
	private @Nullable String fontFaces;

	ReportMailer(ObjectProvider<JavaMailSender> mail, ITemplateEngine templates, ReportPdf pdf,
			AccessAdministration administration, SubscriptionService subscriptions, MessageSource messages,
			@Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.mail = mail;
		this.templates = templates;
		this.pdf = pdf;
		this.administration = administration;
		this.subscriptions = subscriptions;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The recipient, while still a member of the subscription's workspace. */
	Optional<Member> recipient(ReportSubscription s) {
		return administration.membersOf(s.workspaceId()).stream().filter(m -> m.userId().equals(s.userId()))
			.findFirst();
	}

	Sent send(ReportSubscription s, Member to, ReportContent content) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("no mail server is configured");
		}
		Locale locale = Locale.forLanguageTag(s.language());
		String unsubscribe = publicUrl + "/reports/unsubscribe/" + subscriptions.token(s);
		String live = publicUrl + liveView(s);
		byte[] printed = null;
		String note = null;
		try {
			Optional<byte[]> made = pdf.print(page(content, true, live, unsubscribe, false, locale));
			if (made.isPresent()) {
				printed = made.get();
			}
			else {
				note = "no PDF: no Chromium binary found";
			}
		}
		catch (RuntimeException e) {
			note = "no PDF: " + e.getMessage();
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to.email());
			helper.setSubject(messages.getMessage("reports.mail.subject",
					new Object[] { content.title(), content.workspace() }, locale));
			helper.setText(text(content, live, unsubscribe, printed == null, locale),
					page(content, false, live, unsubscribe, printed == null, locale));
			if (printed != null) {
				helper.addAttachment("report.pdf", new ByteArrayResource(printed), "application/pdf");
			}
			message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
			sender.send(message);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("the report mail could not be written: " + e.getMessage(), e);
		}
		return new Sent(printed != null, note);
	}

	/** The mail's HTML body as the recipient would get it now, for a look before it goes. */
	String preview(ReportSubscription s, ReportContent content) {
		return page(content, false, publicUrl + liveView(s), publicUrl + "/reports/unsubscribe/" + subscriptions.token(s),
				false, Locale.forLanguageTag(s.language()));
	}

	/** The PDF the mail would carry; none without a Chromium binary. */
	Optional<byte[]> printed(ReportSubscription s, ReportContent content) {
		return pdf.print(page(content, true, publicUrl + liveView(s),
				publicUrl + "/reports/unsubscribe/" + subscriptions.token(s), false, Locale.forLanguageTag(s.language())));
	}

	/** The report as a page: for the PDF (fonts embedded, no links) or the mail's HTML body. */
	String page(ReportContent content, boolean forPdf, String live, String unsubscribe, boolean noPdf,
			Locale locale) {
		Context context = new Context(locale, Map.of("r", content, "pdf", forPdf, "live", live,
				"unsubscribe", unsubscribe, "noPdf", noPdf, "fontFaces", forPdf ? fontFaces() : ""));
		return templates.process(TEMPLATE, context);
	}

	private String text(ReportContent content, String live, String unsubscribe, boolean noPdf, Locale locale) {
		StringBuilder text = new StringBuilder(content.title()).append('\n').append(content.workspace()).append(" · ")
			.append(content.period()).append("\n\n");
		if (noPdf) {
			text.append(messages.getMessage("reports.report.noPdf", null, locale)).append("\n\n");
		}
		content.figures().forEach(f -> text.append(f.label()).append(": ").append(f.value()).append(' ')
			.append(f.interval()).append(" n = ").append(f.n()).append(' ').append(f.change()).append('\n'));
		content.changes().forEach(c -> text.append("* ").append(c).append('\n'));
		return text.append('\n').append(messages.getMessage("reports.report.open", null, locale)).append('\n')
			.append(live).append("\n\n").append(messages.getMessage("reports.report.unsubscribe", null, locale))
			.append('\n').append(unsubscribe).append('\n').toString();
	}

	/** The live view's path with the subscription's filters, in the reader's language. */
	static String liveView(ReportSubscription s) {
		if (s.view().equals("journey")) {
			return "/journeys?lang=" + s.language();
		}
		if (s.view().equals("loop")) {
			return "/loop?lang=" + s.language();
		}
		Map<String, String> query = new HashMap<>(s.filters());
		query.put("lang", s.language());
		return "/?" + query.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** The shipped fonts as @font-face rules with the files inlined, so the printed page needs no server. */
	private synchronized String fontFaces() {
		if (fontFaces == null) {
			fontFaces = face("Vazirmatn", "Vazirmatn-Regular.ttf", "truetype", 400)
					+ face("Vazirmatn", "Vazirmatn-Bold.ttf", "truetype", 700)
					+ face("Noto Sans Hebrew", "noto-sans-hebrew-hebrew-400-normal.woff2", "woff2", 400)
					+ face("Noto Sans Hebrew", "noto-sans-hebrew-hebrew-700-normal.woff2", "woff2", 700);
		}
		return fontFaces;
	}

	private static String face(String family, String file, String format, int weight) {
		try (InputStream in = new ClassPathResource("static/fonts/" + file).getInputStream()) {
			String data = Base64.getEncoder().encodeToString(in.readAllBytes());
			String mime = format.equals("woff2") ? "font/woff2" : "font/ttf";
			return "@font-face{font-family:\"" + family + "\";font-weight:" + weight + ";src:url(data:" + mime
					+ ";base64," + data + ") format(\"" + format + "\");}\n";
		}
		catch (IOException e) {
			throw new IllegalStateException("font " + file + " missing", e);
		}
	}
}
