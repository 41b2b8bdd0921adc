package io.tajriba.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.ReportSchedule;
import io.tajriba.reports.domain.ReportSchedule.Frequency;
import io.tajriba.reports.domain.ReportTokens;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Subscribing and unsubscribing: a member subscribes themselves, owners and admins also other members; each reads
 * their own subscriptions, admins all of the workspace's.
 */
@Service
public class SubscriptionService {

	/** What a subscription asks for; every part but view, frequency and hour is optional. */
	public record Request(@Nullable UUID user, @Nullable String view, @Nullable Map<String, String> filters,
			@Nullable String frequency, @Nullable Integer hour, @Nullable String language,
			@Nullable Boolean onlyWhenChanged) {
	}

	static final Set<String> VIEWS = Set.of("overview", "journey", "loop");
	/** The overview's filters a report applies, one at a time (its figures are read per scope). */
	static final Set<String> OVERVIEW_FILTERS = Set.of("survey", "channel", "touchpoint", "agent");

	private final SubscriptionStore store;
	private final Workspaces workspaces;
	private final AccessAdministration administration;
	private final Clock clock;

	SubscriptionService(SubscriptionStore store, Workspaces workspaces, AccessAdministration administration,
			Clock clock) {
		this.store = store;
		this.workspaces = workspaces;
		this.administration = administration;
		this.clock = clock;
	}

	public ReportSubscription subscribe(Access access, Request request) {
		UUID user = recipient(access, request.user());
		String view = request.view() == null ? "" : request.view().trim();
		if (!VIEWS.contains(view)) {
			throw new InvalidFieldException("view", "must be overview, journey or loop");
		}
		Map<String, String> filters = filters(view, request.filters());
		Frequency frequency = Frequency.of("frequency", request.frequency());
		if (request.hour() == null || request.hour() < 0 || request.hour() > 23) {
			throw new InvalidFieldException("hour", "must be an hour from 0 to 23 in the workspace's time zone");
		}
		Workspace workspace = workspaces.workspace(access.workspaceId());
		String language = request.language() != null && !request.language().isBlank()
				? Languages.of("language", request.language())
				: administration.languageOf(user).orElse(workspace.defaultLocale());
		Instant now = clock.instant();
		ReportSubscription subscription = new ReportSubscription(UUID.randomUUID(), workspace.id(), user, view,
				filters, frequency, request.hour(), language, Boolean.TRUE.equals(request.onlyWhenChanged()),
				ReportSchedule.next(now, workspace.timeZone(), workspace.calendar(), frequency, request.hour()), null,
				0, null, List.of(), now);
		store.insert(subscription, access.actor());
		return subscription;
	}

	/** Mine, or with {@code all} (owners and admins only) the workspace's. */
	public List<ReportSubscription> list(Access access, boolean all) {
		if (all && !access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins read every subscription");
		}
		if (!all && access.userId() == null) {
			throw new InvalidFieldException("all", "an API key has no subscriptions of its own: ask with all=true");
		}
		return store.list(access.workspaceId(), all ? null : access.userId());
	}

	/** One the caller may see (their own, or any for admins); 404 otherwise. */
	public ReportSubscription find(Access access, UUID id) {
		return store.find(access.workspaceId(), id)
			.filter(s -> access.role().canAdminister() || s.userId().equals(access.userId()))
			.orElseThrow(() -> new NotFoundException("Report subscription"));
	}

	public void delete(Access access, UUID id) {
		store.delete(access.workspaceId(), find(access, id).id());
	}

	public List<ReportDelivery> deliveries(Access access, UUID id, int limit) {
		return store.deliveries(access.workspaceId(), find(access, id).id(), limit);
	}

	/** The token of the subscription's unsubscribe link. */
	public String token(ReportSubscription subscription) {
		return ReportTokens.sign(subscription.id(), store.signingKey());
	}

	/** The subscription a token names, if it still exists. */
	public Optional<ReportSubscription> byToken(String token) {
		return ReportTokens.verify(token, store.signingKey()).flatMap(store::byId);
	}

	/** Ends the subscription a token names; answers whether there was one. */
	public boolean unsubscribe(String token) {
		return byToken(token).map(s -> store.delete(s.workspaceId(), s.id())).orElse(false);
	}

	private UUID recipient(Access access, @Nullable UUID user) {
		if (user == null || user.equals(access.userId())) {
			if (access.userId() == null) {
				throw new InvalidFieldException("user", "an API key subscribes a member: name the user");
			}
			return access.userId();
		}
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins subscribe other members");
		}
		List<Member> members = administration.membersOf(access.workspaceId());
		if (members.stream().noneMatch(m -> m.userId().equals(user))) {
			throw new InvalidFieldException("user", "is not a member of this workspace");
		}
		return user;
	}

	private static Map<String, String> filters(String view, @Nullable Map<String, String> filters) {
		Map<String, String> kept = new LinkedHashMap<>();
		if (filters == null) {
			return kept;
		}
		for (var entry : filters.entrySet()) {
			String key = entry.getKey();
			String value = entry.getValue() == null ? "" : entry.getValue().trim();
			if (value.isEmpty()) {
				continue;
			}
			if (!view.equals("overview") || !OVERVIEW_FILTERS.contains(key)) {
				throw new InvalidFieldException("filters." + key, view.equals("overview")
						? "is not a filter of the overview's report (survey, channel, touchpoint or agent)"
						: "the " + view + " view takes no filters");
			}
			if (key.equals("survey")) {
				try {
					UUID.fromString(value);
				}
				catch (IllegalArgumentException e) {
					throw new InvalidFieldException("filters.survey", "must be a survey's id");
				}
			}
			if (!kept.isEmpty()) {
				throw new InvalidFieldException("filters." + key, "a report takes one filter: survey, channel, "
						+ "touchpoint or agent");
			}
			kept.put(key, value.length() > 200 ? value.substring(0, 200) : value);
		}
		return kept;
	}
}
