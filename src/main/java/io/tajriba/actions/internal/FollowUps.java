package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.CaseView;
import io.tajriba.customers.Customers;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The owner's call or e-mail to the customer, logged on the case and as an interaction of type {@code follow_up}
 * on the customer's timeline (its note in the properties, not as a text to analyse: it is our words, not theirs).
 */
@Service
public class FollowUps {

	static final Set<String> CHANNELS = Set.of("phone", "email", "chat", "sms", "visit");

	private final CaseService cases;
	private final CaseStore store;
	private final CaseLog log;
	private final WorkTime workTime;
	private final Interactions interactions;
	private final Customers customers;
	private final ObjectMapper mapper;
	private final Clock clock;

	FollowUps(CaseService cases, CaseStore store, CaseLog log, WorkTime workTime, Interactions interactions,
			Customers customers, ObjectMapper mapper, Clock clock) {
		this.cases = cases;
		this.store = store;
		this.log = log;
		this.workTime = workTime;
		this.interactions = interactions;
		this.customers = customers;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional
	public CaseView log(Access who, UUID caseId, String channel, String note) {
		String via = channel == null ? "" : channel.strip().toLowerCase(java.util.Locale.ROOT);
		if (!CHANNELS.contains(via)) {
			throw new InvalidFieldException("channel", "must be one of email, phone, chat, sms, visit");
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > 4000) {
			throw new InvalidFieldException("note", "must have at most 4000 characters");
		}
		cases.visible(who, caseId);
		CaseRow c = store.lock(who.workspaceId(), caseId).orElseThrow(() -> new NotFoundException("Case"));
		if (!who.role().canWorkCases()) {
			throw new org.springframework.security.access.AccessDeniedException("Viewers read cases only");
		}
		if (c.customerId() == null) {
			throw new InvalidFieldException("caseId", "this case is about no customer to follow up with");
		}
		Instant now = clock.instant();
		String external = customers.externalIds(who.workspaceId(), List.of(c.customerId())).get(c.customerId());
		Map<String, Object> row = new LinkedHashMap<>();
		String eventId = "follow-up-" + c.id() + "-" + now.toEpochMilli();
		row.put("id", eventId);
		row.put("customer", external);
		row.put("type", "follow_up");
		row.put("channel", via);
		row.put("occurredAt", now.toString());
		row.put("properties", Map.of("case", c.id().toString(), "caseNumber", c.number(), "by", who.actor(), "note", text));
		IngestReport report = interactions.record(who.workspaceId(),
				List.of(BatchReader.parse(1, mapper.writeValueAsString(row), mapper)));
		if (report.accepted() != 1) {
			throw new IllegalStateException("The follow-up was not recorded: " + report);
		}
		cases.record(c, who, now, "follow_up", Map.of("channel", via, "note", text, "interaction", eventId));
		CaseRow responded = c.responded(now);
		store.update(responded, workTime.clock(c.workspaceId()), now);
		return cases.get(who, caseId);
	}
}
