package io.tajriba.surveys.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.surveys.internal.WidgetService;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
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

	/**
	 * The widget's key, the line that shows it on a web page, and (for owners and admins) the secret with which the
	 * company's backend signs the customer it names: {@code data-signature}, the hexadecimal HMAC-SHA256 of the
	 * customer's id under this secret.
	 */
	record Widget(String key, String snippet, @Nullable String secret) {
	}

	private final Workspaces workspaces;
	private final WidgetService widgets;

	WidgetApi(Workspaces workspaces, WidgetService widgets) {
		this.workspaces = workspaces;
		this.widgets = widgets;
	}

	@Operation(summary = "Turn on the web widget of a survey (it answers once the survey is published): its key and "
			+ "the script tag for your pages; owners and admins also get the secret that signs customers")
	@PostMapping
	Widget enable(@PathVariable UUID surveyId) {
		WidgetService.Widget widget = widgets.enable(workspaces.current(), surveyId);
		return new Widget(widget.key(), widgets.snippet(widget.key()), widget.secret());
	}

	@Operation(summary = "Turn off the web widget: its key stops working")
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable UUID surveyId) {
		widgets.disable(workspaces.current(), surveyId);
	}
}
