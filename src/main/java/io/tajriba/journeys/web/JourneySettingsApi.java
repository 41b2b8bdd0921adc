package io.tajriba.journeys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.internal.JourneySettings;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Journeys")
@RestController
@RequestMapping("/api/v1/journeys/settings")
class JourneySettingsApi {

	/** The settings as sent: both are required, so that a typo in a name is refused rather than read as off. */
	record Body(@Nullable Boolean dissatisfiedAnswers, @Nullable Boolean negativeTexts) {

		BadExperienceRules rules() {
			if (dissatisfiedAnswers == null) {
				throw new InvalidFieldException("dissatisfiedAnswers", "is required: true or false");
			}
			if (negativeTexts == null) {
				throw new InvalidFieldException("negativeTexts", "is required: true or false");
			}
			return new BadExperienceRules(dissatisfiedAnswers, negativeTexts);
		}
	}

	private final Workspaces workspaces;
	private final JourneySettings settings;

	JourneySettingsApi(Workspaces workspaces, JourneySettings settings) {
		this.workspaces = workspaces;
		this.settings = settings;
	}

	@Operation(summary = "What the journeys count as a bad experience besides interactions flagged "
			+ "properties.outcome = bad (always counted): dissatisfiedAnswers (an NPS 0-6, CSAT 1-2 of 5, effort 1-3 "
			+ "of 7 or repurchase 1-2 of 5 answer about the interaction its response names, else about the "
			+ "customer's latest visit of its touchpoint in the week before) and negativeTexts (an interaction "
			+ "whose own text the text analytics reads as negative). Both true until changed.")
	@GetMapping
	BadExperienceRules get() {
		return settings.rules(workspaces.current().workspaceId());
	}

	@Operation(summary = "Sets what counts as a bad experience (owners and admins): dissatisfiedAnswers and "
			+ "negativeTexts, both required.")
	@PutMapping
	BadExperienceRules put(@RequestBody Body body) {
		var access = workspaces.requireAdmin();
		return settings.save(access, body.rules());
	}
}
