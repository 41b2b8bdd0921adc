package io.tajriba.surveys.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.surveys.internal.WidgetService;
import io.tajriba.workspaces.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys")
@RestController
@RequestMapping("/api/v1/surveys/{surveyId}/widget")
class WidgetApi {

	/** The widget's key and the line that shows it on a web page. */
	record Widget(String key, String snippet) {
	}

	private final Workspaces workspaces;
	private final WidgetService widgets;

	WidgetApi(Workspaces workspaces, WidgetService widgets) {
		this.workspaces = workspaces;
		this.widgets = widgets;
	}

	@Operation(summary = "Turn on the web widget of a survey (it answers once the survey is published): its key and "
			+ "the script tag for your pages")
	@PostMapping
	Widget enable(@PathVariable UUID surveyId) {
		String key = widgets.enable(workspaces.current(), surveyId);
		return new Widget(key, widgets.snippet(key));
	}

	@Operation(summary = "Turn off the web widget: its key stops working")
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable UUID surveyId) {
		widgets.disable(workspaces.current(), surveyId);
	}
}
