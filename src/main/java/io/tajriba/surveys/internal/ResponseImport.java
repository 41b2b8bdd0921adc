package io.tajriba.surveys.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.customers.Customers;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.Rejection;
import io.tajriba.platform.Replayer;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.AnswerCheck;
import io.tajriba.surveys.domain.AnswerError;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.ResponseStore.NewResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Responses collected elsewhere (call centre, paper, another tool): each row is checked against the survey's
 * questions; good rows are stored, tied to customer, interaction, channel, touchpoint and agent, and announced;
 * bad rows are reported by line and field and kept for replay. A row's {@code id} makes a replay harmless.
 */
@Service
public class ResponseImport implements Replayer {

	static final String SOURCE = "survey-responses";

	private final SurveyService surveys;
	private final ResponseStore store;
	private final Customers customers;
	private final RejectedRows rejectedRows;
	private final ApplicationEventPublisher events;
	private final ObjectMapper mapper;
	private final Clock clock;

	ResponseImport(SurveyService surveys, ResponseStore store, Customers customers, RejectedRows rejectedRows,
			ApplicationEventPublisher events, ObjectMapper mapper, Clock clock) {
		this.surveys = surveys;
		this.store = store;
		this.customers = customers;
		this.rejectedRows = rejectedRows;
		this.events = events;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional
	public IngestReport ingest(UUID workspaceId, UUID surveyId, List<Row> rows) {
		Survey survey = surveys.get(workspaceId, surveyId);
		if (survey.status().equals("draft")) {
			throw new InvalidFieldException("status", "a draft survey takes no responses; publish it first");
		}
		EmployeeSurveys.refuse(survey);
		SurveyDefinition definition = survey.definition().toDefinition();
		Set<String> refs = rows.stream().map(r -> r.json() == null ? null : r.json().get("customer"))
			.filter(Objects::nonNull).filter(JsonNode::isString).map(JsonNode::stringValue).collect(Collectors.toSet());
		Map<String, UUID> customerIds = customers.resolve(workspaceId, refs);
		List<Rejection> rejections = new ArrayList<>();
		int accepted = 0;
		int duplicates = 0;
		for (Row row : rows) {
			try {
				NewResponse response = parse(row, surveyId, definition, customerIds);
				if (store.insert(workspaceId, response).map(id -> announce(workspaceId, id, response)).isPresent()) {
					accepted++;
				}
				else {
					duplicates++;
				}
			}
			catch (InvalidFieldException e) {
				rejections.add(new Rejection(row.line(), e.field(), e.getMessage(), raw(row, surveyId)));
			}
		}
		rejectedRows.store(workspaceId, SOURCE, rejections, clock.instant());
		return new IngestReport(accepted, duplicates, IngestReport.of(rejections));
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional
	public void replay(UUID workspaceId, String raw) {
		Row row = BatchReader.parse(1, raw, mapper);
		String survey = row.json() == null ? null : new JsonFields(row.json()).text("survey", 36);
		if (survey == null) {
			throw new InvalidFieldException("survey", "is required: the id of the survey the response answers");
		}
		UUID surveyId;
		try {
			surveyId = UUID.fromString(survey);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("survey", "must be a survey id");
		}
		IngestReport report = ingest(workspaceId, surveyId, List.of(row));
		if (!report.rejected().isEmpty()) {
			var first = report.rejected().getFirst();
			throw new InvalidFieldException(first.field(), first.message());
		}
	}

	private NewResponse parse(Row row, UUID surveyId, SurveyDefinition definition, Map<String, UUID> customerIds) {
		if (row.json() == null) {
			throw new InvalidFieldException("line", String.valueOf(row.error()));
		}
		JsonFields f = new JsonFields(row.json());
		Instant submitted = f.instant("submittedAt");
		Instant now = clock.instant();
		if (submitted != null && submitted.isAfter(now.plusSeconds(86_400))) {
			throw new InvalidFieldException("submittedAt", "is in the future");
		}
		Boolean complete = row.json().has("complete") ? row.json().get("complete").asBoolean() : Boolean.TRUE;
		AnswerCheck.Result checked = AnswerCheck.check(definition, answers(row.json().get("answers")), complete);
		if (!checked.ok()) {
			AnswerError error = checked.errors().getFirst();
			throw new InvalidFieldException("answers." + error.question(), error.message());
		}
		String locale = f.text("locale", 35);
		String customer = f.text("customer", 200);
		Instant at = submitted == null ? now : submitted;
		return new NewResponse(surveyId, f.text("id", 200), customer == null ? null : customerIds.get(customer),
				f.text("interaction", 200), f.text("channel", 40), f.text("touchpoint", 200), f.text("agent", 200),
				definition.languageFor(locale == null ? "" : locale.toLowerCase().split("[-_]")[0]), "import",
				AnswersJson.write(mapper, checked.answers()), complete, at, complete ? at : null);
	}

	private Map<String, Answer> answers(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw new InvalidFieldException("answers", "is required: an object of question key to answer");
		}
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (var entry : node.properties()) {
			answers.put(entry.getKey(), SurveyDocument.answer(entry.getKey(), value(entry.getValue())));
		}
		return answers;
	}

	private static Object value(JsonNode value) {
		if (value.isIntegralNumber() && value.canConvertToInt()) {
			return value.intValue();
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isArray()) {
			List<Object> items = new ArrayList<>();
			value.forEach(item -> items.add(item.isString() ? item.stringValue() : item.toString()));
			return items;
		}
		return value.isNull() ? null : value.toString();
	}

	private UUID announce(UUID workspaceId, UUID id, NewResponse r) {
		if (r.complete() && r.completedAt() != null) {
			events.publishEvent(new ResponseSubmitted(workspaceId, r.surveyId(), id, r.customerId(), r.interactionId(),
					r.touchpoint(), r.agent(), r.language(), r.completedAt()));
		}
		return id;
	}

	private String raw(Row row, UUID surveyId) {
		if (row.json() instanceof ObjectNode object) {
			ObjectNode copy = object.deepCopy();
			copy.put("survey", surveyId.toString());
			return copy.toString();
		}
		return row.raw();
	}
}
