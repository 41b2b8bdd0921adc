package io.tajriba.surveys;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.surveys.internal.ResponseImport;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.surveys.internal.Templates;
import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Surveys for other modules: made and published from a definition or a template, and answers imported. */
@Service
public class Surveys {

	private final SurveyService surveys;
	private final Templates templates;
	private final ResponseImport responses;

	Surveys(SurveyService surveys, Templates templates, ResponseImport responses) {
		this.surveys = surveys;
		this.templates = templates;
		this.responses = responses;
	}

	/** A template's definition by its name, such as {@code post-support-ces}. */
	public Optional<SurveyDocument> template(String name) {
		return templates.find(name);
	}

	/** Creates the survey and publishes it at once; its id. */
	@Transactional
	public UUID publish(Access access, String name, SurveyDocument definition) {
		UUID id = surveys.create(access, name, definition).id();
		surveys.publish(access, id);
		return id;
	}

	/** Imports answers collected elsewhere, exactly as {@code POST /api/v1/surveys/{id}/responses} does. */
	public IngestReport importResponses(UUID workspaceId, UUID surveyId, List<Row> rows) {
		return responses.ingest(workspaceId, surveyId, rows);
	}
}
