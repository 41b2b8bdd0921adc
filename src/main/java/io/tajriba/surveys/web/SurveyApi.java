package io.tajriba.surveys.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.surveys.internal.Templates;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys", description = "Surveys in several languages: create, edit, import and export, publish, close")
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

	/** A survey to create or change: its name and its definition (the same JSON that export gives). */
	record SurveyChange(@Nullable String name, @Nullable SurveyDocument definition) {
	}

	private final Workspaces workspaces;
	private final SurveyService surveys;

	SurveyApi(Workspaces workspaces, SurveyService surveys) {
		this.workspaces = workspaces;
		this.surveys = surveys;
	}

	@Operation(summary = "The workspace's surveys, newest first")
	@GetMapping
	List<Survey> list() {
		return surveys.list(workspaces.current().workspaceId());
	}

	@Operation(summary = "Create a draft survey from a definition (import), or from a template with ?template= "
			+ "nps-relationship, post-purchase-csat, post-support-ces or employee-pulse")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Survey create(@RequestParam(required = false) @Nullable String template,
			@RequestBody(required = false) @Nullable SurveyChange change) {
		String name = change == null || change.name() == null ? "" : change.name();
		if (template != null) {
			return surveys.fromTemplate(workspaces.current(), template, name);
		}
		if (change == null || change.definition() == null) {
			throw new InvalidFieldException("definition", "is required (or create from a template)");
		}
		return surveys.create(workspaces.current(), name, change.definition());
	}

	@Operation(summary = "The templates a survey can start from")
	@GetMapping("/templates")
	List<String> templates() {
		return Templates.NAMES;
	}

	@Operation(summary = "A survey with its definition")
	@GetMapping("/{id}")
	Survey get(@PathVariable UUID id) {
		return surveys.get(workspaces.current().workspaceId(), id);
	}

	@Operation(summary = "Export a survey's definition as JSON, to import elsewhere")
	@GetMapping("/{id}/definition")
	SurveyDocument export(@PathVariable UUID id) {
		return surveys.get(workspaces.current().workspaceId(), id).definition();
	}

	@Operation(summary = "Change a draft survey's name and definition")
	@PutMapping("/{id}")
	Survey update(@PathVariable UUID id, @RequestBody SurveyChange change) {
		if (change.definition() == null) {
			throw new InvalidFieldException("definition", "is required");
		}
		return surveys.update(workspaces.current(), id, change.name() == null ? "" : change.name(), change.definition());
	}

	@Operation(summary = "Publish a survey: every text must exist in every one of its languages")
	@PostMapping("/{id}/publish")
	Survey publish(@PathVariable UUID id) {
		return surveys.publish(workspaces.current(), id);
	}

	@Operation(summary = "Close a survey: it takes no more answers")
	@PostMapping("/{id}/close")
	Survey close(@PathVariable UUID id) {
		return surveys.close(workspaces.current(), id);
	}
}
