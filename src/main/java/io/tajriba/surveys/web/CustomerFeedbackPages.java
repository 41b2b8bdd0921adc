package io.tajriba.surveys.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.QuestionType;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.ResponseSearch;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's feedback for their 360 page, loaded into it by its URL: their answers to every survey, newest first,
 * the open ones with what the text analytics read in them, and the history of their NPS answers.
 */
@Controller
class CustomerFeedbackPages {

	static final int SHOWN = 50;

	private final Workspaces workspaces;
	private final Customers customers;
	private final ResponseSearch search;
	private final SurveyService surveys;
	private final TextAnalytics text;

	CustomerFeedbackPages(Workspaces workspaces, Customers customers, ResponseSearch search,
			SurveyService surveys, TextAnalytics text) {
		this.workspaces = workspaces;
		this.customers = customers;
		this.search = search;
		this.surveys = surveys;
		this.text = text;
	}

	/** One response as the card shows it: the survey, when, and its answers read against the survey's questions. */
	public record Entry(Survey survey, StoredResponse response, List<ResponseRow.Item> items,
			Map<String, TextAnalysis> analyses) {

		public Instant at() {
			return response.completedAt() != null ? response.completedAt() : response.startedAt();
		}

		public List<ResponseRow.Item> scores() {
			return items.stream().filter(i -> i.question().type().isScale() && i.answer().number() != null)
				.toList();
		}

		public List<ResponseRow.Item> texts() {
			return items.stream().filter(i -> i.answer().text() != null && !i.answer().text().isBlank())
				.toList();
		}

		public List<String> emotions() {
			return items.stream().filter(ResponseRow.Item::emotions)
				.flatMap(i -> i.answer().choices().stream()).toList();
		}
	}

	/** An NPS answer on the customer's history: when, the score, and its group (detractor, passive, promoter). */
	public record NpsPoint(Instant at, int score) {

		public String group() {
			return score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
		}
	}

	@GetMapping("/surveys/customer/{customerId}")
	String feedback(@PathVariable UUID customerId, Model model) {
		UUID workspace = workspaces.current().workspaceId();
		if (!customers.exists(workspace, customerId)) {
			throw new NotFoundException("Customer");
		}
		List<StoredResponse> found = search.ofCustomer(workspace, customerId, SHOWN);
		Map<UUID, Optional<Survey>> byId = new HashMap<>();
		Map<String, Map<String, TextAnalysis>> analyses = text.results(workspace, "response",
				found.stream().map(r -> r.id().toString()).toList());
		List<Entry> entries = found.stream()
			.flatMap(r -> byId.computeIfAbsent(r.surveyId(), id -> surveys.find(workspace, id)).stream()
				.map(s -> entry(s, r, analyses.getOrDefault(r.id().toString(), Map.of()))))
			.toList();
		model.addAttribute("entries", entries);
		model.addAttribute("nps", entries.reversed().stream().flatMap(e -> e.scores().stream()
			.filter(i -> i.question().type() == QuestionType.NPS)
			.map(i -> new NpsPoint(e.at(), i.answer().number()))).toList());
		return "surveys/customer-feedback :: feedback";
	}

	private static Entry entry(Survey survey, StoredResponse response, Map<String, TextAnalysis> analyses) {
		SurveyDefinition definition = survey.definition().toDefinition();
		return new Entry(survey, response, ResponseRow.of(response, definition).answered(definition.questions()),
				analyses);
	}
}
