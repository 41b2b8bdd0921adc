package io.tajriba.journeys.web;

import java.util.Map;
import java.util.UUID;

import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.internal.JourneySettings;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey page's form of what counts as a bad experience (owners and admins): a box left unticked turns that
 * kind off, as a browser sends nothing for it. Back to the map it was sent from.
 */
@Controller
class JourneySettingsPage {

	private final Workspaces workspaces;
	private final JourneySettings settings;

	JourneySettingsPage(Workspaces workspaces, JourneySettings settings) {
		this.workspaces = workspaces;
		this.settings = settings;
	}

	@PostMapping("/journeys/settings")
	String save(@RequestParam Map<String, String> fields, RedirectAttributes flash) {
		var access = workspaces.requireAdmin();
		settings.save(access, new BadExperienceRules(fields.containsKey("dissatisfiedAnswers"),
				fields.containsKey("negativeTexts")));
		flash.addFlashAttribute("saved", "settings");
		return "redirect:/journeys" + journey(fields.get("journey"));
	}

	private static String journey(String id) {
		try {
			return id == null ? "" : "/" + UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}
}
