package io.tajriba.surveys.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.internal.InvitationService.Issued;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web widget: a published survey with a widget key answers visitors of the company's own pages. Each opening
 * makes a one-day invitation of its own, so a widget answer gets the same checks, partial saves and single use as
 * an e-mailed one. A visitor may name a customer, but only a customer the workspace already knows is linked.
 */
@Service
public class WidgetService {

	/** What the host page says about the visit; every part is optional (the channel is {@code web} unless named). */
	public record Visit(@Nullable String language, @Nullable String customer, @Nullable String channel,
			@Nullable String touchpoint, @Nullable String interaction) {
	}

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

	/** The survey's widget key, made now if it has none. */
	@Transactional
	public String enable(Access access, UUID surveyId) {
		writer(access);
		surveys.get(access.workspaceId(), surveyId);
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		jdbc.sql("""
				update surveys set widget_key = coalesce(widget_key, :key)
				where workspace_id = :workspace and id = :id""")
			.param("key", "w" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
			.param("workspace", access.workspaceId()).param("id", surveyId).update();
		return key(access.workspaceId(), surveyId).orElseThrow();
	}

	/** Turns the widget off: its key stops working, and a new one is made when it is turned on again. */
	@Transactional
	public void disable(Access access, UUID surveyId) {
		writer(access);
		surveys.get(access.workspaceId(), surveyId);
		jdbc.sql("update surveys set widget_key = null where workspace_id = :workspace and id = :id")
			.param("workspace", access.workspaceId()).param("id", surveyId).update();
	}

	public Optional<String> key(UUID workspaceId, UUID surveyId) {
		return jdbc.sql("select widget_key from surveys where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", surveyId).query(String.class).optional();
	}

	/** The line a web page includes to show the widget. */
	public String snippet(String key) {
		return "<script src=\"" + publicUrl + "/js/widget.js\" data-survey=\"" + key + "\" async></script>";
	}

	/** An invitation for this visit, or empty when the key is unknown or its survey is not published. */
	@Transactional
	public Optional<Issued> open(String key, Visit visit) {
		if (key.length() > 64) {
			return Optional.empty();
		}
		Optional<Owner> owner = jdbc.sql("select workspace_id, id from surveys where widget_key = :key")
			.param("key", key)
			.query((rs, n) -> new Owner(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class)))
			.optional();
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Survey survey = surveys.get(owner.get().workspaceId(), owner.get().surveyId());
		return survey.isPublished() ? Optional.of(issue(owner.get().workspaceId(), survey, visit)) : Optional.empty();
	}

	private record Owner(UUID workspaceId, UUID surveyId) {
	}

	private Issued issue(UUID workspaceId, Survey survey, Visit visit) {
		String language = survey.definition().toDefinition().languageFor(
				visit.language() == null ? "" : visit.language().toLowerCase().split("[-_]")[0]);
		UUID customer = visit.customer() == null ? null
				: customers.profile(workspaceId, visit.customer()).map(CustomerProfile::id).orElse(null);
		return invitations.invite(workspaceId, survey.id(), new Invitation(workspaceId, null, survey.id(), customer,
				null, language, text("interaction", visit.interaction()),
				visit.channel() == null || visit.channel().isBlank() ? "web" : text("channel", visit.channel()),
				text("touchpoint", visit.touchpoint()), null, "open", null, clock.instant().plus(Duration.ofDays(1)),
				"widget"), clock.instant());
	}

	private static @Nullable String text(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 200) {
			throw new InvalidFieldException(field, "must have at most 200 characters");
		}
		return value.strip();
	}

	private static void writer(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change surveys");
		}
	}
}
