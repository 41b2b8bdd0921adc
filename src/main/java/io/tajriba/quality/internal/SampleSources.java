package io.tajriba.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.Cases;
import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.ServedInteraction;
import io.tajriba.quality.domain.DetractorLinks;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.text.TextAnalytics;
import org.springframework.stereotype.Component;

/**
 * What the weekly sample reads from the other modules for a workspace's week: the interactions served by agents
 * (one query for the week), and of those the ones a case rests on, whose own text reads negative, or that an
 * unhappy answer of the customer in the week after them is about.
 */
@Component
class SampleSources {

	/** The answers on these scales count as unhappy (repurchase intent is not about the agent). */
	private static final Set<String> UNHAPPY = Set.of("nps", "csat", "ces");
	private static final int LOOKUP = 1_000;

	private final Interactions interactions;
	private final SurveyScores scores;
	private final TextAnalytics text;
	private final Cases cases;

	SampleSources(Interactions interactions, SurveyScores scores, TextAnalytics text, Cases cases) {
		this.interactions = interactions;
		this.scores = scores;
		this.text = text;
		this.cases = cases;
	}

	/** The interactions of [from, to) by the agent they name (as recorded), in time order. */
	Map<String, List<ServedInteraction>> served(UUID workspaceId, Instant from, Instant to) {
		Map<String, List<ServedInteraction>> byAgent = new LinkedHashMap<>();
		interactions.served(workspaceId, from, to, i -> byAgent.computeIfAbsent(i.agent(), a -> new ArrayList<>()).add(i));
		return byAgent;
	}

	Set<String> inCases(UUID workspaceId, Instant from, Instant to, Set<String> ids) {
		Set<String> found = new HashSet<>(cases.interactionsInCases(workspaceId, from, to));
		found.retainAll(ids);
		return found;
	}

	Set<String> negativeTexts(UUID workspaceId, Instant from, Instant to, Set<String> ids) {
		Set<String> found = new HashSet<>();
		text.sentiments(workspaceId, "interaction", from, to, t -> {
			if ("negative".equalsIgnoreCase(t.sentiment()) && ids.contains(t.sourceId())) {
				found.add(t.sourceId());
			}
		});
		return found;
	}

	/** The interactions an unhappy answer given up to {@code until} (a week after the last one at most) is about. */
	Set<String> detractors(UUID workspaceId, Instant from, Instant until, List<ServedInteraction> served) {
		DetractorLinks links = new DetractorLinks(served.stream()
			.map(s -> new DetractorLinks.Served(s.id(), s.customerId(), s.occurredAt())).toList());
		List<SurveyScores.Dissatisfied> answers = new ArrayList<>();
		scores.dissatisfied(workspaceId, from, until, a -> {
			if (UNHAPPY.contains(a.questionType())) {
				answers.add(a);
			}
		});
		// an answer naming an interaction not served in the week is about that one if the workspace has it
		List<String> elsewhere = answers.stream().map(SurveyScores.Dissatisfied::interactionId)
			.filter(id -> id != null && !id.isBlank() && !links.knows(id)).distinct().toList();
		Set<String> known = new HashSet<>();
		for (int i = 0; i < elsewhere.size(); i += LOOKUP) {
			known.addAll(interactions.journeyRows(workspaceId, elsewhere.subList(i, Math.min(elsewhere.size(),
					i + LOOKUP))).keySet());
		}
		return links.linked(answers.stream().map(a -> new DetractorLinks.Answer(a.customerId(), a.completedAt(),
				a.interactionId(), a.interactionId() != null && known.contains(a.interactionId()))).toList());
	}
}
