package io.tajriba.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.demo.domain.Feedback;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo company's three surveys (after support, after a purchase, and the relationship NPS with its ratings),
 * published, and the customers' answers imported through the same path as the API's.
 */
@Component
class DemoSurveys {

	private final Surveys surveys;
	private final ObjectMapper mapper;

	DemoSurveys(Surveys surveys, ObjectMapper mapper) {
		this.surveys = surveys;
		this.mapper = mapper;
	}

	/** Publishes the three surveys; their ids by the names the generator uses. */
	Map<String, UUID> create(UUID workspaceId) {
		Access demo = new Access(workspaceId, Role.OWNER, "demo", null, null);
		Map<String, UUID> ids = new LinkedHashMap<>();
		ids.put(Feedback.SUPPORT, surveys.publish(demo, "After support", surveys.template(Feedback.SUPPORT).orElseThrow()));
		ids.put(Feedback.PURCHASE, surveys.publish(demo, "After a purchase",
				surveys.template(Feedback.PURCHASE).orElseThrow()));
		ids.put(Feedback.RELATIONSHIP, surveys.publish(demo, "Relationship NPS", relationship()));
		return ids;
	}

	/** Imports the answers, each into its survey; answers the number of rejected rows. */
	long answer(UUID workspaceId, Map<String, UUID> surveyIds, List<Feedback.Response> answers) {
		long rejected = 0;
		for (var survey : surveyIds.entrySet()) {
			List<String> rows = answers.stream().filter(a -> a.survey().equals(survey.getKey()))
				.map(Feedback.Response::json).toList();
			if (!rows.isEmpty()) {
				rejected += surveys.importResponses(workspaceId, survey.getValue(), DemoData.rows(rows, mapper))
					.rejected().size();
			}
		}
		return rejected;
	}

	private SurveyDocument relationship() {
		try (InputStream json = getClass().getResourceAsStream("/demo/relationship-nps.json")) {
			return mapper.readValue(json, SurveyDocument.class);
		}
		catch (IOException e) {
			throw new IllegalStateException("the demo's relationship survey is missing", e);
		}
	}
}
