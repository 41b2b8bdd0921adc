package io.tajriba.surveys.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.ResponseQuery;
import io.tajriba.surveys.internal.ResponseQuery.Cursor;
import io.tajriba.surveys.internal.ResponseSearch;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A survey's responses: filters in the URL (so a view can be shared, and numbers elsewhere can link to the answers
 * behind them), newest first, older pages by keyset; and one response with every answer beside its question.
 */
@Controller
class ResponsePages {

	static final int PAGE = 50;

	private final Workspaces workspaces;
	private final SurveyService surveys;
	private final ResponseSearch search;
	private final Customers customers;
	private final TextAnalytics text;

	ResponsePages(Workspaces workspaces, SurveyService surveys, ResponseSearch search, Customers customers,
			TextAnalytics text) {
		this.text = text;
		this.workspaces = workspaces;
		this.surveys = surveys;
		this.search = search;
		this.customers = customers;
	}

	@GetMapping("/surveys/{id}/responses")
	String list(@PathVariable UUID id, ResponseForm form, @RequestParam(required = false) @Nullable String before,
			Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		Survey survey = surveys.get(workspace.id(), id);
		SurveyDefinition definition = survey.definition().toDefinition();
		model.addAttribute("survey", survey);
		model.addAttribute("definition", definition);
		model.addAttribute("form", form);
		model.addAttribute("scales", definition.questions().stream().filter(q -> q.type().isScale()).toList());
		model.addAttribute("texts", definition.questions().stream()
			.filter(q -> q.type() == io.tajriba.surveys.domain.QuestionType.TEXT).toList());
		UUID customerId = null;
		boolean unknownCustomer = false;
		if (form.customer() != null) {
			customerId = customers.profile(workspace.id(), form.customer()).map(CustomerProfile::id).orElse(null);
			unknownCustomer = customerId == null;
		}
		List<StoredResponse> found = List.of();
		long total = 0;
		try {
			ResponseQuery query = form.query(workspace.timeZone(), customerId);
			Cursor cursor = Cursor.decode(before);
			if (!unknownCustomer) {
				found = search.page(workspace.id(), id, query, cursor, PAGE + 1);
				total = search.count(workspace.id(), id, query);
			}
			model.addAttribute("newestUrl", cursor == null ? null : form.url(id, null));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
		}
		List<StoredResponse> page = found.subList(0, Math.min(PAGE, found.size()));
		model.addAttribute("unknownCustomer", unknownCustomer);
		model.addAttribute("responses", page.stream().map(r -> ResponseRow.of(r, definition)).toList());
		model.addAttribute("total", total);
		model.addAttribute("customerNames", customers.externalIds(workspace.id(),
				page.stream().map(StoredResponse::customerId).filter(Objects::nonNull).collect(Collectors.toSet())));
		model.addAttribute("olderUrl", found.size() > PAGE ? form.url(id, new Cursor(at(page.getLast()),
				page.getLast().id()).encode()) : null);
		return "surveys/responses";
	}

	@GetMapping("/surveys/{id}/responses/{responseId}")
	String show(@PathVariable UUID id, @PathVariable UUID responseId, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		Survey survey = surveys.get(workspace.id(), id);
		StoredResponse response = search.find(workspace.id(), id, responseId)
			.orElseThrow(() -> new NotFoundException("Response"));
		SurveyDefinition definition = survey.definition().toDefinition();
		model.addAttribute("survey", survey);
		model.addAttribute("response", response);
		model.addAttribute("answers", ResponseRow.of(response, definition).answered(definition.questions()));
		// the written answers' sentiment and emotions, once the text analytics has read them
		model.addAttribute("analyses", text.results(workspace.id(), "response", List.of(responseId.toString()))
			.getOrDefault(responseId.toString(), java.util.Map.of()));
		model.addAttribute("customerName", response.customerId() == null ? null
				: customers.externalIds(workspace.id(), List.of(response.customerId())).get(response.customerId()));
		return "surveys/response";
	}

	private static java.time.Instant at(StoredResponse r) {
		return r.completedAt() != null ? r.completedAt() : r.startedAt();
	}

}
