package io.tajriba.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.QualitySetup;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo company's quality work, set up once: the agents who sign in linked to their place in the directory,
 * three scorecards (calls, chats, e-mails) worded in four languages.
 */
@Component
class DemoQuality {

	private final QualitySetup setup;
	private final ObjectMapper mapper;

	DemoQuality(QualitySetup setup, ObjectMapper mapper) {
		this.setup = setup;
		this.mapper = mapper;
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
