package io.tajriba.surveys.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.WidgetVisit;
import io.tajriba.surveys.internal.InvitationService.Issued;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web widget: a published survey with a widget key answers visitors of the company's own pages. Each opening
 * makes a one-day invitation of its own, so a widget answer gets the same checks, partial saves and single use as
 * an e-mailed one; the unanswered ones are purged once expired. A visit names a customer only with the company's
 * signature of that customer's id under the widget's secret, and is then tied to the customer of that external id
 * if the workspace knows one; an unsigned customer answers anonymously.
 */
@Service
public class WidgetService {

	/** The widget of a survey: its key, and the secret that signs customers (for administrators only). */
	public record Widget(String key, @Nullable String secret) {
	}

	private static final Logger log = LoggerFactory.getLogger(WidgetService.class);

	private final JdbcClient jdbc;
	private final SurveyService surveys;
	private final InvitationService invitations;
	private final Customers customers;
	private final Clock clock;
	private final String publicUrl;
	private final SecureRandom random = new SecureRandom();

	WidgetService(JdbcClient jdbc, SurveyService surveys, InvitationService invitations, Customers customers,
			Clock clock, @Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.jdbc = jdbc;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.surveys = surveys;
		this.invitations = invitations;
		this.customers = customers;
		this.clock = clock;
	}

	/** The survey's widget, made now if it has none; the secret only for those who administer the workspace. */
	@Transactional
	public Widget enable(Access access, UUID surveyId) {
		writer(access);
		EmployeeSurveys.refuse(surveys.get(access.workspaceId(), surveyId));
		jdbc.sql("""
				update surveys set widget_key = coalesce(widget_key, :key),
				  widget_secret = case when widget_key is null or widget_secret is null then :secret else widget_secret end
				where workspace_id = :workspace and id = :id""")
			.param("key", "w" + randomText(18)).param("secret", randomText(32))
			.param("workspace", access.workspaceId()).param("id", surveyId).update();
		return widget(access, surveyId).orElseThrow();
	}

	/** Turns the widget off: its key and secret stop working; turned on again, it gets new ones. */
	@Transactional
	public void disable(Access access, UUID surveyId) {
		writer(access);
		surveys.get(access.workspaceId(), surveyId);
		jdbc.sql("update surveys set widget_key = null, widget_secret = null where workspace_id = :workspace and id = :id")
			.param("workspace", access.workspaceId()).param("id", surveyId).update();
	}

	/** The survey's widget as this reader may see it, if it is on. */
	public Optional<Widget> widget(Access access, UUID surveyId) {
		return jdbc.sql("""
				select widget_key, widget_secret from surveys
				where workspace_id = :workspace and id = :id and widget_key is not null""")
			.param("workspace", access.workspaceId()).param("id", surveyId)
			.query((rs, n) -> new Widget(rs.getString(1), access.role().canAdminister() ? rs.getString(2) : null))
			.optional();
	}

	/** The line a web page includes to show the widget. */
	public String snippet(String key) {
		return "<script src=\"" + publicUrl + "/js/widget.js\" data-survey=\"" + key + "\" async></script>";
	}

	/** An invitation for this visit, or empty when the key is unknown or its survey is not published. */
	@Transactional
	public Optional<Issued> open(String key, WidgetVisit visit) {
		if (key.length() > 64) {
			return Optional.empty();
		}
		Optional<Owner> owner = jdbc.sql("select workspace_id, id, widget_secret from surveys where widget_key = :key")
			.param("key", key)
			.query((rs, n) -> new Owner(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("widget_secret")))
			.optional();
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Survey survey = surveys.get(owner.get().workspaceId(), owner.get().surveyId());
		return survey.isPublished() && !EmployeeSurveys.asksEmployees(survey) ? Optional.of(issue(owner.get(), survey, visit)) : Optional.empty();
	}

	/** Deletes the widget's invitations that expired unanswered; answered and partly answered ones stay. */
	@Transactional
	public int purge(Instant now) {
		int purged = jdbc.sql("""
				delete from survey_invitations
				where source = 'widget' and response_id is null and expires_at < :now""")
			.param("now", now.atOffset(ZoneOffset.UTC)).update();
		if (purged > 0) {
			log.debug("{} expired widget invitations purged", purged);
		}
		return purged;
	}

	private record Owner(UUID workspaceId, UUID surveyId, @Nullable String secret) {
	}

	private Issued issue(Owner owner, Survey survey, WidgetVisit visit) {
		String language = survey.definition().toDefinition().languageFor(visit.languagePart());
		String signed = visit.signedCustomer(owner.secret());
		UUID customer = signed == null ? null : customers.profile(owner.workspaceId(), signed)
			.filter(p -> p.identities().contains(new CustomerProfile.Identity("external", signed)))
			.map(CustomerProfile::id).orElse(null);
		return invitations.invite(owner.workspaceId(), survey.id(), new Invitation(owner.workspaceId(), null,
				survey.id(), customer, null, language, visit.interaction(), visit.channel(), visit.touchpoint(), null,
				"open", null, clock.instant().plus(Duration.ofDays(1)), "widget"), clock.instant());
	}

	private String randomText(int bytes) {
		byte[] random = new byte[bytes];
		this.random.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static void writer(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change surveys");
		}
	}
}
