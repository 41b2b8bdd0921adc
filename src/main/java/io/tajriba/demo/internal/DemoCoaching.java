package io.tajriba.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.demo.domain.QualityScores;
import io.tajriba.quality.QualitySetup;
import io.tajriba.quality.QualitySetup.Action;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Component;

/**
 * The demo company's coaching: Kaveh Jafari coached one to one on empathy by his team lead four weeks ago (his
 * reviews since show the effect, against agents of similar baseline not coached), James Carter given the
 * e-learning module on verifying a caller's identity, and a session planned with Omid Rahimi on accuracy.
 */
@Component
class DemoCoaching {

	private final QualitySetup setup;

	DemoCoaching(QualitySetup setup) {
		this.setup = setup;
	}

	void seed(UUID workspaceId, ZoneId zone, Map<String, UUID> people, Instant coachedAt) {
		Access manager = new Access(workspaceId, Role.ADMIN, "user:" + DemoTeam.MANAGER.email(),
				people.get(DemoTeam.MANAGER.email()), null);
		UUID lead = people.get(DemoTeam.CARE_LEAD.email());
		UUID verify = setup.module(manager, "Verifying a caller's identity", "https://learn.demo.tajriba.io/verify",
				"verify");
		setup.module(manager, "Accurate answers: the return and warranty policies",
				"https://learn.demo.tajriba.io/policies", "accuracy");
		LocalDate held = LocalDate.ofInstant(coachedAt, zone);
		setup.coaching(manager, QualityScores.COACHED_AGENT, lead, held, "one_to_one",
				List.of(QualityScores.COACHED_CRITERION), "Listened to three of Kaveh's calls together. He goes "
						+ "straight to the fix while the customer is still upset; we practised naming the feeling first.",
				List.of(new Action("Acknowledge how the customer feels before the fix", true),
						new Action("Listen to two of Parisa Tehrani's calls with Leila", true),
						new Action("Ask for feedback from the lead after a hard call", false)),
				held.plusDays(14), null, "completed");
		LocalDate today = LocalDate.ofInstant(coachedAt, zone).plusDays(DemoQuality.COACHED_BEFORE.toDays());
		setup.coaching(manager, "James Carter", lead, today.minusDays(10), "elearning", List.of("verify"),
				"Two reviews read account details out before the identity check.",
				List.of(new Action("Complete the module and its quiz", false)), today.plusDays(7), verify, "held");
		setup.coaching(manager, "Omid Rahimi", lead, today.plusDays(5), "one_to_one", List.of("accuracy"),
				"Go through the policy changes of this quarter.", List.of(new Action("Bring two recent e-mails", false)),
				today.plusDays(19), null, "planned");
	}
}
