package io.tajriba.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.QualitySetup;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo company's quality work, set up once: the agents who sign in linked to their place in the directory,
 * three scorecards (calls, chats, e-mails) worded in four languages, eight weeks of sampled reviews with their
 * acknowledgements and disputes ({@link DemoReviews}), a calibration session ({@link DemoCalibration}) and
 * coaching whose effect shows ({@link DemoCoaching}).
 */
@Component
class DemoQuality {

	/** When the demo's coaching session with Kaveh Jafari on empathy was held: four weeks before the start. */
	static final Duration COACHED_BEFORE = Duration.ofDays(28);

	private final QualitySetup setup;
	private final DemoReviews reviews;
	private final DemoCalibration calibration;
	private final DemoCoaching coaching;
	private final Workspaces workspaces;
	private final AccessAdministration administration;
	private final ObjectMapper mapper;
	private final Clock clock;

	DemoQuality(QualitySetup setup, DemoReviews reviews, DemoCalibration calibration, DemoCoaching coaching,
			Workspaces workspaces,
			AccessAdministration administration, ObjectMapper mapper, Clock clock) {
		this.setup = setup;
		this.reviews = reviews;
		this.calibration = calibration;
		this.coaching = coaching;
		this.workspaces = workspaces;
		this.administration = administration;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Sets quality up unless the workspace has scorecards already. */
	void seed(UUID workspaceId, Map<String, UUID> people, long seed) {
		Access admin = new Access(workspaceId, Role.OWNER, "demo", null, null);
		if (setup.hasScorecards(workspaceId)) {
			return;
		}
		java.util.stream.Stream.concat(DemoTeam.CARE.stream(), DemoTeam.STORES.stream())
			.forEach(name -> setup.link(admin, name, people.get(DemoTeam.email(name))));
		for (JsonNode card : scorecards()) {
			setup.scorecard(admin, card);
		}
		Instant coachedAt = clock.instant().minus(COACHED_BEFORE);
		var reviewed = reviews.seed(workspaceId, workspaces.workspace(workspaceId).timeZone(), people, coachedAt, seed);
		calibration.seed(workspaceId, people, owner(workspaceId), reviewed);
		coaching.seed(workspaceId, workspaces.workspace(workspaceId).timeZone(), people, coachedAt);
	}

	/** The workspace's first owner: the demo admin, or the owner of a test's workspace. */
	private UUID owner(UUID workspaceId) {
		return administration.membersOf(workspaceId).stream().filter(m -> m.role() == Role.OWNER).findFirst()
			.orElseThrow().userId();
	}

	private JsonNode scorecards() {
		try (InputStream in = DemoQuality.class.getResourceAsStream("/demo/scorecards.json")) {
			return mapper.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
