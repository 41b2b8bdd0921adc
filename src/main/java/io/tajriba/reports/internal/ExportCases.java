package io.tajriba.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.actions.CaseRecord;
import io.tajriba.actions.Cases;
import io.tajriba.customers.Customers;
import io.tajriba.reports.domain.ExportCursor;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Cases in the order they were opened (their numbers), each as it stands at the time of the export. */
@Component
class ExportCases implements ExportReader {

	static final List<String> HEADER = List.of("case", "number", "title", "status", "priority", "rule", "customer",
			"customer_external_id", "channel", "touchpoint", "agent", "owner", "team", "opened", "first_response",
			"first_response_due", "resolution_due", "resolved", "closed", "root_cause", "root_cause_note", "solved",
			"resolution");

	private final Cases cases;
	private final Customers customers;

	ExportCases(Cases cases, Customers customers) {
		this.cases = cases;
		this.customers = customers;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.CASES;
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public Optional<ExportCursor> pageEnd(UUID workspaceId, @Nullable ExportCursor after, int limit,
			ExportPeriod period) {
		var end = cases.casePageEnd(workspaceId, after == null ? 0 : after.number(), limit, period.from(),
				period.to());
		return end.isEmpty() ? Optional.empty() : Optional.of(ExportCursor.number(kind(), end.getAsLong()));
	}

	@Override
	public void read(UUID workspaceId, @Nullable ExportCursor after, @Nullable ExportCursor upTo, ExportPeriod period,
			Consumer<List<ExportRow>> page) {
		cases.casesAfter(workspaceId, after == null ? 0 : after.number(),
				upTo == null ? Long.MAX_VALUE : upTo.number(), period.from(), period.to(), found -> {
					Map<UUID, String> external = customers.externalIds(workspaceId, found.stream()
						.map(CaseRecord::customerId).filter(Objects::nonNull).distinct().toList());
					List<ExportRow> rows = new ArrayList<>(found.size());
					for (CaseRecord c : found) {
						rows.add(row(c, c.customerId() == null ? null : external.get(c.customerId())));
					}
					page.accept(rows);
				});
	}

	@Override
	public long count(UUID workspaceId, ExportPeriod period) {
		return cases.caseCount(workspaceId, period.from(), period.to());
	}

	private ExportRow row(CaseRecord c, @Nullable String externalId) {
		Map<String, Object> json = ExportFields.json().put("id", c.id()).put("number", c.number())
			.put("title", c.title()).put("status", c.status()).put("priority", c.priority())
			.put("rule", c.ruleName()).put("customer", c.customerId()).put("customerExternalId", externalId)
			.put("channel", c.channel()).put("touchpoint", c.touchpoint()).put("agent", c.agent())
			.put("owner", c.ownerId()).put("team", c.teamId()).put("openedAt", c.openedAt())
			.put("firstResponseAt", c.firstResponseAt()).put("firstResponseDue", c.firstResponseDue())
			.put("resolutionDue", c.resolutionDue()).put("resolvedAt", c.resolvedAt()).put("closedAt", c.closedAt())
			.put("rootCause", c.rootCause()).put("rootCauseNote", c.rootCauseNote()).put("solved", c.solved())
			.put("resolution", c.resolution()).map();
		List<@Nullable String> cells = new ArrayList<>(Arrays.asList(c.id().toString(), String.valueOf(c.number()),
				c.title(), c.status(), c.priority(), c.ruleName(), ExportFields.text(c.customerId()), externalId,
				c.channel(), c.touchpoint(), c.agent(), ExportFields.text(c.ownerId()), ExportFields.text(c.teamId()),
				c.openedAt().toString(), ExportFields.text(c.firstResponseAt()), ExportFields.text(c.firstResponseDue()),
				ExportFields.text(c.resolutionDue()), ExportFields.text(c.resolvedAt()), ExportFields.text(c.closedAt()),
				c.rootCause(), c.rootCauseNote(), ExportFields.text(c.solved()), c.resolution()));
		return new ExportRow(ExportCursor.number(kind(), c.number()), json, cells);
	}
}
