package io.tajriba.surveys.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.surveys.internal.InvitationService;
import io.tajriba.surveys.internal.InvitationService.Issued;
import io.tajriba.surveys.internal.InvitationService.Request;
import io.tajriba.workspaces.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys")
@RestController
class InvitationApi {

	private final Workspaces workspaces;
	private final InvitationService invitations;

	InvitationApi(Workspaces workspaces, InvitationService invitations) {
		this.workspaces = workspaces;
		this.invitations = invitations;
	}

	@Operation(summary = "Invite someone to a published survey: {customer, email, locale, interaction, channel, "
			+ "touchpoint, agent, expiresInDays}; answers a single-use link /s/{token} in the survey language closest "
			+ "to the locale. The link is shown once")
	@PostMapping("/api/v1/surveys/{surveyId}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Issued invite(@PathVariable UUID surveyId, @RequestBody Request request) {
		return invitations.invite(workspaces.current(), surveyId, request);
	}
}
