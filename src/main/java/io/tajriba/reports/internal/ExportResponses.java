package io.tajriba.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.tajriba.surveys.ExportedResponse;
import io.tajriba.surveys.SubmittedResponse.Answer;
import io.tajriba.surveys.Surveys;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Completed customer responses in the order they were completed, each with its scores, the analysis of each of
 * its texts (sentiment, themes, emotions) and the case it led to, if any. In cells, a response's texts are one a
 * line, in the order of the questions named in {@code text_questions}, and so are their sentiment, themes and
 * emotions.
 */
@Component
class ExportResponses implements ExportReader {

	static final List<String> HEADER = List.of("response", "survey", "survey_name", "started", "completed",
			"language", "source", "customer", "customer_external_id", "interaction", "channel", "touchpoint", "agent",
			"scores", "choices", "text_questions", "texts", "sentiment", "themes", "emotions", "case", "case_number",
			"case_status");

	private final Surveys surveys;
	private final TextAnalytics text;
	private final Cases cases;
	private final Customers customers;

	ExportResponses(Surveys surveys, TextAnalytics text, Cases cases, Customers customers) {
		this.surveys = surveys;
		this.text = text;
		this.cases = cases;
		this.customers = customers;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.RESPONSES;
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public Optional<ExportCursor> pageEnd(UUID workspaceId, @Nullable ExportCursor after, int limit,
			ExportPeriod period) {
		var end = surveys.responsePageEnd(workspaceId, after == null ? 0 : after.number(), limit, period.from(),
				period.to());
		return end.isEmpty() ? Optional.empty() : Optional.of(ExportCursor.number(kind(), end.getAsLong()));
	}

	@Override
	public void read(UUID workspaceId, @Nullable ExportCursor after, @Nullable ExportCursor upTo, ExportPeriod period,
			Consumer<List<ExportRow>> page) {
		surveys.responsesAfter(workspaceId, after == null ? 0 : after.number(),
				upTo == null ? Long.MAX_VALUE : upTo.number(), period.from(), period.to(), responses -> {
					List<String> ids = responses.stream().map(r -> r.id().toString()).toList();
					Map<String, Map<String, TextAnalysis>> analyses = text.results(workspaceId, "response", ids);
					Map<String, CaseRecord> led = cases.casesOfResponses(workspaceId, ids);
					Map<UUID, String> external = customers.externalIds(workspaceId, responses.stream()
						.map(ExportedResponse::customerId).filter(Objects::nonNull).distinct().toList());
					List<ExportRow> rows = new ArrayList<>(responses.size());
					for (ExportedResponse r : responses) {
						String id = r.id().toString();
						rows.add(row(r, analyses.getOrDefault(id, Map.of()), led.get(id),
								r.customerId() == null ? null : external.get(r.customerId())));
					}
					page.accept(rows);
				});
	}

	@Override
	public long count(UUID workspaceId, ExportPeriod period) {
		return surveys.responseCount(workspaceId, period.from(), period.to());
	}

	private ExportRow row(ExportedResponse r, Map<String, TextAnalysis> analyses, @Nullable CaseRecord led,
			@Nullable String externalId) {
		Map<String, Object> scores = new LinkedHashMap<>();
		Map<String, Object> choices = new LinkedHashMap<>();
		List<Map<String, Object>> answers = new ArrayList<>();
		Map<String, Object> texts = new LinkedHashMap<>();
		List<String> textQuestions = new ArrayList<>();
		List<String> textValues = new ArrayList<>();
		List<String> sentiments = new ArrayList<>();
		List<String> themes = new ArrayList<>();
		List<String> emotions = new ArrayList<>();
		for (Answer a : r.answers()) {
			answers.add(ExportFields.json().put("question", a.questionKey()).put("kind", a.kind())
				.put("score", a.score()).put("choices", a.choices().isEmpty() ? null : a.choices())
				.put("text", a.text()).map());
			if (a.score() != null) {
				scores.put(a.questionKey(), a.score());
			}
			if (!a.choices().isEmpty()) {
				choices.put(a.questionKey(), String.join(", ", a.choices()));
			}
			if (a.text() != null && !a.text().isBlank()) {
				TextAnalysis analysis = analyses.get(a.questionKey());
				textQuestions.add(a.questionKey());
				textValues.add(a.text());
				sentiments.add(analysis == null ? "" : ExportFields.sentiment(analysis));
				themes.add(analysis == null ? "" : ExportFields.themes(analysis));
				emotions.add(analysis == null ? "" : ExportFields.emotions(analysis));
				if (analysis != null) {
					texts.put(a.questionKey(), ExportFields.analysis(analysis));
				}
			}
		}
		Map<String, Object> json = ExportFields.json().put("id", r.id()).put("survey", r.surveyId())
			.put("surveyName", r.surveyName()).put("startedAt", r.startedAt()).put("completedAt", r.completedAt())
			.put("language", r.language()).put("source", r.source()).put("customer", r.customerId())
			.put("customerExternalId", externalId).put("interaction", r.interactionId()).put("channel", r.channel())
			.put("touchpoint", r.touchpoint()).put("agent", r.agent()).put("scores", scores)
			.put("answers", answers).put("textAnalysis", texts)
			.put("case", led == null ? null : ExportFields.json().put("id", led.id()).put("number", led.number())
				.put("status", led.status()).put("priority", led.priority()).put("title", led.title()).map())
			.map();
		List<@Nullable String> cells = new ArrayList<>(List.of(r.id().toString(), r.surveyId().toString(),
				r.surveyName(), r.startedAt().toString(), r.completedAt().toString(), r.language(), r.source()));
		cells.add(ExportFields.text(r.customerId()));
		cells.add(externalId);
		cells.add(r.interactionId());
		cells.add(r.channel());
		cells.add(r.touchpoint());
		cells.add(r.agent());
		cells.add(pairs(scores));
		cells.add(pairs(choices));
		cells.add(ExportFields.lines(textQuestions));
		cells.add(ExportFields.lines(textValues));
		cells.add(ExportFields.lines(sentiments));
		cells.add(ExportFields.lines(themes));
		cells.add(ExportFields.lines(emotions));
		cells.add(led == null ? null : led.id().toString());
		cells.add(led == null ? null : String.valueOf(led.number()));
		cells.add(led == null ? null : led.status());
		return new ExportRow(ExportCursor.number(kind(), r.sequence()), json, cells);
	}

	private static String pairs(Map<String, Object> values) {
		StringBuilder text = new StringBuilder();
		values.forEach((k, v) -> text.append(text.isEmpty() ? "" : "; ").append(k).append('=').append(v));
		return text.toString();
	}
}
