package io.tajriba.surveys.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.customers.Customers;
import io.tajriba.platform.CsvWriter;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * A survey's responses as a spreadsheet: one row a response, one column a question, the answers' text as given.
 * CSV has a byte order mark (so Excel shows Persian, Arabic and Hebrew) and disarmed formulas; XLSX cells are
 * text, which spreadsheets never run. Responses are read a page at a time and written as they come.
 */
@Service
public class ResponseExport {

	/** Responses read at a time: the export holds no more than this many, however large the survey. */
	static final int PAGE = 1_000;

	static final List<String> FIXED = List.of("response", "status", "started", "completed", "language", "source",
			"customer", "interaction", "channel", "touchpoint", "agent");

	private final SurveyService surveys;
	private final ResponseStore responses;
	private final Customers customers;
	private final ObjectMapper mapper;

	ResponseExport(SurveyService surveys, ResponseStore responses, Customers customers, ObjectMapper mapper) {
		this.surveys = surveys;
		this.responses = responses;
		this.customers = customers;
		this.mapper = mapper;
	}

	public void csv(UUID workspaceId, UUID surveyId, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = new CsvWriter(writer).bom();
		rows(workspaceId, surveyId, csv::row);
		writer.flush();
	}

	public void xlsx(UUID workspaceId, UUID surveyId, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Tajriba", "1.0");
		Worksheet sheet = workbook.newWorksheet("Responses");
		int[] row = { 0 };
		rows(workspaceId, surveyId, cells -> {
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c);
				if (cell != null) {
					sheet.inlineString(row[0], c, cell);
				}
			}
			row[0]++;
		});
		workbook.finish();
	}

	private void rows(UUID workspaceId, UUID surveyId, Consumer<List<@Nullable String>> row) {
		SurveyDefinition definition = surveys.get(workspaceId, surveyId).definition().toDefinition();
		List<String> header = new ArrayList<>(FIXED);
		definition.questions().forEach(q -> header.add(q.key()));
		row.accept(new ArrayList<>(header));
		responses.eachPage(workspaceId, surveyId, PAGE, page -> {
			Map<UUID, String> externalIds = customers.externalIds(workspaceId, page.stream()
				.map(StoredResponse::customerId).filter(java.util.Objects::nonNull).distinct().toList());
			for (StoredResponse r : page) {
				row.accept(cells(r, definition, externalIds));
			}
		});
	}

	private List<@Nullable String> cells(StoredResponse r, SurveyDefinition definition, Map<UUID, String> externalIds) {
		List<@Nullable String> cells = new ArrayList<>(List.of(r.id().toString(), r.status(), r.startedAt().toString(),
				r.completedAt() == null ? "" : r.completedAt().toString(), r.language(), r.source()));
		cells.add(r.customerId() == null ? null : externalIds.get(r.customerId()));
		cells.add(r.interactionId());
		cells.add(r.channel());
		cells.add(r.touchpoint());
		cells.add(r.agent());
		Map<String, Answer> answers = AnswersJson.read(mapper, r.answers());
		for (Question q : definition.questions()) {
			cells.add(text(answers.get(q.key())));
		}
		return cells;
	}

	private static @Nullable String text(@Nullable Answer answer) {
		if (answer == null) {
			return null;
		}
		if (answer.number() != null) {
			return String.valueOf(answer.number());
		}
		return answer.text() != null ? answer.text() : String.join("; ", answer.choices());
	}
}
