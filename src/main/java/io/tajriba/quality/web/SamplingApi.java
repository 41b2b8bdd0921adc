package io.tajriba.quality.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.internal.Assignments;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Review sample", description = "The weekly review assignments: random picks per agent and targeted ones")
@RestController
class SamplingApi {

	static final String SHAPE = " Answers {week, drawnAt, items}: each item an assignment with id, agent, interaction, "
			+ "occurredAt, kind (random: drawn within the agent's interactions of its channel, the stratum, of which "
			+ "stratumSize were there; targeted: picked for a reason, detractor, negative_text or case, at most 3 per "
			+ "agent and week, never one already picked at random), status (open or reviewed), review and reviewScore.";

	/** One assignment as the API gives it. */
	record AssignmentView(UUID id, LocalDate week, UUID agent, String interaction, Instant occurredAt, String kind,
			@Nullable String reason, String stratum, int stratumSize, String status, @Nullable UUID review,
			@Nullable Double reviewScore) {

		static AssignmentView of(Assignments.Assignment a) {
			return new AssignmentView(a.id(), a.week(), a.agent(), a.interaction(), a.occurredAt(), a.kind(),
					a.reason(), a.stratum(), a.stratumSize(), a.review() == null ? "open" : "reviewed", a.review(),
					a.reviewScore());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record WeekView(@Nullable LocalDate week, @Nullable Instant drawnAt, List<AssignmentView> items) {

		static WeekView of(Assignments.Week week) {
			return new WeekView(week.week(), week.drawnAt(), week.items().stream().map(AssignmentView::of).toList());
		}
	}

	private final Workspaces workspaces;
	private final Assignments assignments;
	private final Clock clock;

	SamplingApi(Workspaces workspaces, Assignments assignments, Clock clock) {
		this.workspaces = workspaces;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Operation(summary = "The review assignments of a week: week (its Monday, YYYY-MM-DD; the latest drawn week by "
			+ "default), agent (an agent's id), status (open or reviewed). Members with the agent role see those of "
			+ "their own agent and, when they lead a team, of its agents." + SHAPE)
	@GetMapping("/api/v1/quality/assignments")
	WeekView list(@RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @Nullable String agent, @RequestParam(required = false) @Nullable String status) {
		Access access = workspaces.current();
		LocalDate monday = week == null || week.isBlank() ? null : Assignments.monday("week", week);
		return WeekView.of(assignments.list(access, monday, agent == null || agent.isBlank() ? null : uuid(agent),
				status));
	}

	@Operation(summary = "Draw the review sample of a week that has ended now (owners, admins, analysts): "
			+ "{\"week\":\"YYYY-MM-DD\"}, its Monday. A week is drawn once, by this or by the hourly job: asked again, "
			+ "it answers the same assignments." + SHAPE)
	@PostMapping("/api/v1/quality/sampling")
	WeekView draw(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		JsonFields.object(body);
		String week = JsonFields.text(body, "week");
		return WeekView.of(assignments.draw(access, Assignments.monday("week", week == null ? "" : week),
				clock.instant()));
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("agent", "must be an id");
		}
	}
}
