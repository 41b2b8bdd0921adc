package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.CaseView;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.customers.Customers;
import io.tajriba.workspaces.AccessAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases as the API and pages show them: with names for ids, evidence, and the clocks' time left now. */
@Component
class CaseViews {

	private final CaseLog log;
	private final Customers customers;
	private final AccessAdministration administration;
	private final WorkTime workTime;
	private final JdbcClient jdbc;
	private final Clock clock;

	CaseViews(CaseLog log, Customers customers, AccessAdministration administration, WorkTime workTime,
			JdbcClient jdbc, Clock clock) {
		this.log = log;
		this.customers = customers;
		this.administration = administration;
		this.workTime = workTime;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Names of the workspace's members by id. */
	Map<UUID, String> names(UUID workspaceId) {
		return administration.memberNames(workspaceId);
	}

	CaseView full(CaseRow c) {
		return view(c, log.evidence(c.workspaceId(), c.id()), names(c.workspaceId()),
				c.customerId() == null ? Map.of() : customers.externalIds(c.workspaceId(), List.of(c.customerId())),
				true);
	}

	/** Several cases for a list: without their evidence, which their pages show. */
	List<CaseView> brief(UUID workspaceId, Collection<CaseRow> rows) {
		Map<UUID, String> names = names(workspaceId);
		Map<UUID, String> external = customers.externalIds(workspaceId, rows.stream().map(CaseRow::customerId)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map(c -> view(c, List.of(), names, external, false)).toList();
	}

	private CaseView view(CaseRow c, List<CaseView.Evidence> evidence, Map<UUID, String> names,
			Map<UUID, String> external, boolean whole) {
		BusinessClock business = workTime.clock(c.workspaceId());
		Instant now = clock.instant();
		Duration firstLeft = c.status().isActive() ? c.sla().firstResponseLeft(business, now).orElse(null) : null;
		Duration resolutionLeft = c.status().isActive() ? c.sla().resolutionLeft(business, now).orElse(null) : null;
		boolean overdue = firstLeft != null && firstLeft.isNegative()
				|| resolutionLeft != null && resolutionLeft.isNegative();
		return new CaseView(c.id(), c.number(), c.title(), c.status().id(), c.priority().id(), c.ownerId(),
				c.ownerId() == null ? null : names.get(c.ownerId()), c.teamId(), c.customerId(),
				c.customerId() == null ? null : external.get(c.customerId()), c.ruleId(), c.ruleName(),
				c.where().channel(), c.where().touchpoint(), c.where().agent(), evidence, c.sla().openedAt(),
				c.sla().firstResponseAt(), c.firstResponseDue(business), c.resolutionDue(business),
				c.sla().resolvedAt(), c.closedAt(), c.sla().pausedSince(), firstLeft, resolutionLeft, overdue,
				c.outcome().rootCause(), c.outcome().rootCauseNote(), c.outcome().solved(), c.outcome().resolution(),
				whole ? log.watchers(c.workspaceId(), c.id()) : List.of(), whole ? recovery(c) : null);
	}

	private CaseView.Recovery recovery(CaseRow c) {
		return jdbc.sql("""
				select metric, outcome, sent_at, score, answered_at from case_recoveries
				where workspace_id = :w and case_id = :case""")
			.param("w", c.workspaceId()).param("case", c.id())
			.query((rs, n) -> {
				Integer score = (Integer) rs.getObject("score");
				String metric = rs.getString("metric");
				return new CaseView.Recovery(metric, rs.getString("outcome"), Sql.instant(rs, "sent_at"), score,
						Sql.instant(rs, "answered_at"), score == null ? null : Recoveries.recovered(metric, score));
			})
			.optional().orElse(null);
	}
}
