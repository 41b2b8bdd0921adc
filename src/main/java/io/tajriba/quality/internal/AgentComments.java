package io.tajriba.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.Agent;
import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.surveys.Surveys;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What customers wrote about an agent: the open answers of the latest responses about them, each with the
 * sentiment and themes text analytics found (none yet while the text waits its turn in the queue).
 */
@Service
public class AgentComments {

	/** One written answer: its response, survey, when, the language it was answered in, and its analysis. */
	public record Comment(UUID responseId, String survey, Instant at, String language, String text,
			@Nullable String sentiment, @Nullable Double score, List<String> themes) {
	}

	private final AgentStore store;
	private final Surveys surveys;
	private final TextAnalytics text;

	AgentComments(AgentStore store, Surveys surveys, TextAnalytics text) {
		this.store = store;
		this.surveys = surveys;
		this.text = text;
	}

	/** The written answers of the agent's latest {@code responses} responses, newest first. */
	public List<Comment> latest(UUID workspaceId, Agent agent, int responses) {
		List<UUID> ids = store.latestResponses(workspaceId, agent.key(), responses);
		Map<String, Map<String, TextAnalysis>> analyses = text.results(workspaceId, "response",
				ids.stream().map(UUID::toString).toList());
		List<Comment> comments = new ArrayList<>();
		for (UUID id : ids) {
			surveys.submitted(workspaceId, id).ifPresent(r -> add(comments, r, analyses.getOrDefault(id.toString(),
					Map.of())));
		}
		return List.copyOf(comments);
	}

	private static void add(List<Comment> comments, SubmittedResponse response, Map<String, TextAnalysis> analyses) {
		for (SubmittedResponse.Answer answer : response.answers()) {
			if ("text".equals(answer.kind()) && answer.text() != null && !answer.text().isBlank()) {
				TextAnalysis analysis = analyses.get(answer.questionKey());
				comments.add(new Comment(response.responseId(), response.surveyName(), response.completedAt(),
						response.language(), answer.text(), analysis == null ? null : analysis.sentiment(),
						analysis == null ? null : analysis.score(), analysis == null ? List.of() : analysis.themes()));
			}
		}
	}
}
