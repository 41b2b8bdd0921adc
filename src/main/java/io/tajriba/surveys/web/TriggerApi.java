package io.tajriba.surveys.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.surveys.domain.Trigger;
import io.tajriba.surveys.internal.TriggerService;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys")
@RestController
@RequestMapping("/api/v1/surveys/{surveyId}/triggers")
class TriggerApi {

	/** A trigger to add; empty criteria match every interaction. */
	record NewTrigger(@Nullable String type, @Nullable String channel, @Nullable String touchpoint,
			@Nullable Integer delayMinutes, @Nullable Integer throttleDays) {
	}

	private final Workspaces workspaces;
	private final TriggerService triggers;

	TriggerApi(Workspaces workspaces, TriggerService triggers) {
		this.workspaces = workspaces;
		this.triggers = triggers;
	}

	@Operation(summary = "The survey's triggers")
	@GetMapping
	List<Trigger> list(@PathVariable UUID surveyId) {
		return triggers.list(workspaces.current().workspaceId(), surveyId);
	}

	@Operation(summary = "After an interaction of {type} on {channel} at {touchpoint}, invite its customer (by the "
			+ "e-mail on their profile, in their language) after {delayMinutes}, unless they were invited to any "
			+ "survey in the last {throttleDays} (default 30)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Trigger add(@PathVariable UUID surveyId, @RequestBody NewTrigger t) {
		return triggers.add(workspaces.current(), new Trigger(new UUID(0, 0), surveyId, t.type(), t.channel(),
				t.touchpoint(), t.delayMinutes() == null ? 0 : t.delayMinutes(),
				t.throttleDays() == null ? 30 : t.throttleDays(), true));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID surveyId, @PathVariable UUID id) {
		triggers.remove(workspaces.current(), surveyId, id);
	}
}
