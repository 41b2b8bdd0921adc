package io.tajriba.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.ReceivedInteraction;
import io.tajriba.reports.domain.ExportCursor;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Interactions in the order they were received, each with the analysis of its text if it has one. */
@Component
class ExportInteractions implements ExportReader {

	static final List<String> HEADER = List.of("interaction", "type", "channel", "touchpoint", "occurred",
			"received", "customer", "customer_external_id", "agent", "session", "value", "currency",
			"duration_seconds", "text", "properties", "sentiment", "themes", "emotions");

	private final Interactions interactions;
	private final TextAnalytics text;
	private final Customers customers;
	private final ObjectMapper mapper;

	ExportInteractions(Interactions interactions, TextAnalytics text, Customers customers, ObjectMapper mapper) {
		this.interactions = interactions;
		this.text = text;
		this.customers = customers;
		this.mapper = mapper;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.INTERACTIONS;
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public Optional<ExportCursor> pageEnd(UUID workspaceId, @Nullable ExportCursor after, int limit,
			ExportPeriod period) {
		return interactions.receivedPageEnd(workspaceId, key(after), limit, period.from(), period.to())
			.map(k -> ExportCursor.received(k.receivedAt(), k.eventId()));
	}

	@Override
	public void read(UUID workspaceId, @Nullable ExportCursor after, @Nullable ExportCursor upTo, ExportPeriod period,
			Consumer<List<ExportRow>> page) {
		interactions.receivedAfter(workspaceId, key(after), key(upTo), period.from(), period.to(), received -> {
			List<String> ids = received.stream().filter(r -> r.interaction().text() != null)
				.map(r -> r.interaction().id()).toList();
			Map<String, Map<String, TextAnalysis>> analyses = ids.isEmpty() ? Map.of()
					: text.results(workspaceId, "interaction", ids);
			Map<UUID, String> external = customers.externalIds(workspaceId, received.stream()
				.map(r -> r.interaction().customerId()).filter(Objects::nonNull).distinct().toList());
			List<ExportRow> rows = new ArrayList<>(received.size());
			for (ReceivedInteraction r : received) {
				UUID customer = r.interaction().customerId();
				rows.add(row(r, analyses.getOrDefault(r.interaction().id(), Map.of()).get(""),
						customer == null ? null : external.get(customer)));
			}
			page.accept(rows);
		});
	}

	@Override
	public long count(UUID workspaceId, ExportPeriod period) {
		return interactions.receivedCount(workspaceId, period.from(), period.to());
	}

	private ExportRow row(ReceivedInteraction r, @Nullable TextAnalysis analysis, @Nullable String externalId) {
		InteractionView i = r.interaction();
		Map<String, Object> json = ExportFields.json().put("id", i.id()).put("type", i.type())
			.put("channel", i.channel()).put("touchpoint", i.touchpoint()).put("occurredAt", i.occurredAt())
			.put("receivedAt", r.key().receivedAt()).put("customer", i.customerId())
			.put("customerExternalId", externalId).put("agent", i.agent()).put("session", i.sessionId())
			.put("value", i.value()).put("currency", i.currency()).put("durationSeconds", i.durationSeconds())
			.put("text", i.text()).put("properties", i.properties() == null ? null : mapper.readTree(i.properties()))
			.put("textAnalysis", analysis == null ? null : ExportFields.analysis(analysis)).map();
		List<@Nullable String> cells = new ArrayList<>();
		cells.add(i.id());
		cells.add(i.type());
		cells.add(i.channel());
		cells.add(i.touchpoint());
		cells.add(i.occurredAt().toString());
		cells.add(r.key().receivedAt().toString());
		cells.add(ExportFields.text(i.customerId()));
		cells.add(externalId);
		cells.add(i.agent());
		cells.add(i.sessionId());
		cells.add(i.value() == null ? null : i.value().toPlainString());
		cells.add(i.currency());
		cells.add(ExportFields.text(i.durationSeconds()));
		cells.add(i.text());
		cells.add(i.properties());
		cells.add(analysis == null ? null : ExportFields.sentiment(analysis));
		cells.add(analysis == null ? null : ExportFields.themes(analysis));
		cells.add(analysis == null ? null : ExportFields.emotions(analysis));
		return new ExportRow(ExportCursor.received(r.key().receivedAt(), i.id()), json, cells);
	}

	private static ReceivedInteraction.@Nullable Key key(@Nullable ExportCursor cursor) {
		return cursor == null || cursor.at() == null || cursor.id() == null ? null
				: new ReceivedInteraction.Key(cursor.at(), cursor.id());
	}
}
