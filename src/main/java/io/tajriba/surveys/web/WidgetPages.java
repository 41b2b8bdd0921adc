package io.tajriba.surveys.web;

import java.time.Duration;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.Problems;
import io.tajriba.platform.RateLimiter;
import io.tajriba.platform.RateLimits;
import io.tajriba.surveys.domain.WidgetVisit;
import io.tajriba.surveys.internal.InvitationService.Issued;
import io.tajriba.surveys.internal.WidgetService;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web widget's door ({@code /s/widget/{key}}, opened in a frame by {@code /js/widget.js} on the company's
 * pages): each opening gets an invitation of its own and goes on to the respondent's page. Turning the widget on and
 * off is on the survey's page.
 */
@Controller
class WidgetPages {

	private final WidgetService widgets;
	private final Workspaces workspaces;
	private final RateLimiter perAddress;

	WidgetPages(WidgetService widgets, Workspaces workspaces, RateLimits limits,
			@Value("${tajriba.surveys.submissions-per-address:60}") int perAddress) {
		this.widgets = widgets;
		this.workspaces = workspaces;
		this.perAddress = limits.shared("widget-openings-per-address", perAddress, Duration.ofMinutes(1));
	}

	@GetMapping("/s/widget/{key}")
	String open(@PathVariable String key, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String signature,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable String interaction, HttpServletRequest request,
			HttpServletResponse response) {
		if (!perAddress.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			return "survey/busy";
		}
		Issued issued = widgets.open(key, new WidgetVisit(lang, customer, signature, channel, touchpoint, interaction))
			.orElseThrow(() -> new NotFoundException("Survey"));
		String path = java.net.URI.create(issued.link()).getPath();
		return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("lang", issued.language()).build()
			.toUriString();
	}

	/**
	 * A host page that names its visit wrongly hears which part (a problem detail, as from the API): the frame shows
	 * it to whoever builds the page, and no invitation is made.
	 */
	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidFieldException e, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request.getRequestURI());
		problem.setProperty("field", e.field());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@PostMapping("/surveys/{id}/widget")
	String enable(@PathVariable UUID id) {
		widgets.enable(workspaces.current(), id);
		return "redirect:/surveys/" + id + "#widget";
	}

	@PostMapping("/surveys/{id}/widget/disable")
	String disable(@PathVariable UUID id) {
		widgets.disable(workspaces.current(), id);
		return "redirect:/surveys/" + id + "#widget";
	}
}
