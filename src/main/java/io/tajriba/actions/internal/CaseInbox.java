package io.tajriba.actions.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.CaseView;
import io.tajriba.actions.domain.CaseStatus;
import io.tajriba.actions.domain.Priority;
import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Lists of cases as a user may see them: all, theirs, or their teams'; filtered and a page at a time. */
@Service
public class CaseInbox {

	/** The filters of a list as given; {@code view} is mine, team or all. */
	public record Query(@Nullable String view, @Nullable String status, @Nullable String priority,
			@Nullable UUID owner, @Nullable String customer, @Nullable UUID rule, @Nullable String touchpoint,
			boolean overdue, boolean byTimeLeft) {
	}

	private final CaseQueries queries;
	private final CaseAccess access;
	private final CaseViews views;
	private final Customers customers;
	private final Clock clock;

	CaseInbox(CaseQueries queries, CaseAccess access, CaseViews views, Customers customers, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.views = views;
		this.customers = customers;
		this.clock = clock;
	}

	/** A page of cases (page from 0), one more than asked if there are more: the caller tells there is a next page. */
	public List<CaseView> list(Access who, Query q, int page, int size) {
		if (page < 0 || size < 1 || size > 200) {
			throw new InvalidFieldException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 200");
		}
		UUID customer = null;
		if (q.customer() != null && !q.customer().isBlank()) {
			var profile = customers.profile(who.workspaceId(), q.customer().strip());
			if (profile.isEmpty()) {
				return List.of();
			}
			customer = profile.get().id();
		}
		return list(who, q, customer, page, size);
	}

	/** A customer's cases that the user may see, the newest first, at most {@code size}. */
	public List<CaseView> ofCustomer(Access who, UUID customerId, int size) {
		return list(who, new Query("all", null, null, null, null, null, null, false, false), customerId, 0, size);
	}

	private List<CaseView> list(Access who, Query q, @Nullable UUID customer, int page, int size) {
		Set<UUID> owners = null;
		Set<UUID> teams = null;
		String view = q.view() == null || q.view().isBlank() ? (access.seesAll(who) ? "all" : "team") : q.view();
		if (!view.equals("all") && !view.equals("mine") && !view.equals("team")) {
			throw new InvalidFieldException("view", "must be mine, team or all");
		}
		if (view.equals("mine") || !access.seesAll(who) || view.equals("team")) {
			UUID me = who.userId() == null ? new UUID(0, 0) : who.userId();
			owners = view.equals("mine") ? Set.of(me) : access.teammatesOf(who.workspaceId(), me);
			teams = view.equals("mine") ? Set.of() : access.teamsOf(who.workspaceId(), me);
		}
		CaseFilter filter = new CaseFilter(list(q.status(), "status"), list(q.priority(), "priority"), q.owner(),
				customer, q.rule(), blank(q.touchpoint()), q.overdue(), owners, teams, q.byTimeLeft());
		return views.brief(who.workspaceId(), queries.list(who.workspaceId(), filter, clock.instant(), page * size,
				size + 1));
	}

	private static List<String> list(@Nullable String csv, String field) {
		if (csv == null || csv.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.ROOT))
			.peek(s -> {
				if (field.equals("status")) {
					CaseStatus.of(field, s);
				}
				else {
					Priority.of(field, s);
				}
			}).toList();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
