package io.tajriba.quality.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.internal.CalibrationService;
import io.tajriba.quality.web.CalibrationJson.ScoreView;
import io.tajriba.quality.web.CalibrationJson.SessionView;
import io.tajriba.quality.web.CalibrationJson.SummaryView;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Calibration", description = "Several reviewers score the same interactions blind, then see how far "
		+ "they agree. Calibration scores are not reviews: they never count in an agent's quality score or reviews.")
@RestController
class CalibrationApi {

	static final String AGREEMENT = " agreement (computed from the submitted scores): alpha (Krippendorff, interval, "
			+ "over every (interaction, criterion) with the criterion's score (point − min) / (max − min)) with n (the "
			+ "pairable values) and reason; criteria [{key, alpha (ordinal on the points, N/A missing), n, flagged "
			+ "(alpha below 0.667: reword the criterion), reason}]; reviewers [{reviewer, name, deviation (mean absolute "
			+ "difference of their criterion scores, 0-1, from the mean of the other reviewers on the same interaction "
			+ "and criterion), ci95, n}]; scoreAlpha (interval, of the review scores) with scoreN, scoreReason. An alpha "
			+ "is null with reason too_few_reviewers (no unit scored by two) or no_variation. The agreement shows to a "
			+ "reviewer who has scored every interaction (agreementShownAs submitted), to everyone once the session is "
			+ "closed (closed) and to owners and admins at any time (administrator); else it is null.";

	private final Workspaces workspaces;
	private final CalibrationService calibrations;
	private final AccessAdministration administration;

	CalibrationApi(Workspaces workspaces, CalibrationService calibrations, AccessAdministration administration) {
		this.workspaces = workspaces;
		this.calibrations = calibrations;
		this.administration = administration;
	}

	@Operation(summary = "Start a calibration session (owners, admins, analysts): name, scorecard (its current version "
			+ "is used), interactions (1 to 50 interaction ids of the workspace), reviewers (2 to 10 user ids of "
			+ "members who may review: owners, admins, analysts).")
	@PostMapping("/api/v1/calibrations")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		var session = calibrations.create(access, CalibrationJson.newSession(body));
		return CalibrationJson.view(calibrations.sheet(access, session.id()), names(access));
	}

	@Operation(summary = "The calibration sessions, newest first, with their progress (scores submitted of interactions "
			+ "× reviewers, and the caller's own when listed). Members with the agent role see none.")
	@GetMapping("/api/v1/calibrations")
	List<SummaryView> list() {
		return calibrations.list(workspaces.current()).stream().map(SummaryView::of).toList();
	}

	@Operation(summary = "A calibration session: its reviewers with their progress, its interactions with the "
			+ "caller's own scores (mine) and, for each interaction the caller has scored (for everyone once the "
			+ "session is closed), the other reviewers' scores (others; othersShown says whether they are shown, "
			+ "othersSubmitted how many are in);" + AGREEMENT)
	@GetMapping("/api/v1/calibrations/{id}")
	SessionView get(@PathVariable UUID id) {
		Access access = workspaces.current();
		return CalibrationJson.view(calibrations.sheet(access, id), names(access));
	}

	@Operation(summary = "Score one interaction of a session, by one of its reviewers (others: 403): interaction (its "
			+ "id), answers ({criterionKey: point, or null for N/A}, every criterion answered, as in reviews), comments "
			+ "({criterionKey: text}). Once only: a second score of the same interaction, or any score of a closed "
			+ "session, is 409, since blind scores do not change once the others' can be seen.")
	@PostMapping("/api/v1/calibrations/{id}/scores")
	@ResponseStatus(HttpStatus.CREATED)
	ScoreView score(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		calibrations.get(access, id);
		return CalibrationJson.score(calibrations.submit(access, id, CalibrationJson.newScore(body)), names(access));
	}

	@Operation(summary = "Close a session (owners, admins, analysts): {\"status\":\"closed\"}. A closed session takes no "
			+ "more scores and shows every score and the agreement to everyone who reads it; it is not reopened.")
	@PatchMapping("/api/v1/calibrations/{id}")
	SessionView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		calibrations.get(access, id);
		JsonFields.object(body);
		String status = JsonFields.text(body, "status");
		if (!"closed".equals(status)) {
			throw new InvalidFieldException("status", "must be closed: a session is closed once, and not reopened");
		}
		calibrations.close(access, id);
		return CalibrationJson.view(calibrations.sheet(access, id), names(access));
	}

	private Map<UUID, String> names(Access access) {
		return administration.memberNames(access.workspaceId());
	}
}
