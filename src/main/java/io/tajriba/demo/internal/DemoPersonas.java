package io.tajriba.demo.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.personas.Persona;
import io.tajriba.personas.Persona.RuleCondition;
import io.tajriba.personas.Personas;
import org.springframework.stereotype.Component;

/**
 * The demo company's personas: three with rules that find the three kinds of customer its generator makes, and one
 * found by what customers answered.
 */
@Component
class DemoPersonas {

	private final Personas personas;

	DemoPersonas(Personas personas) {
		this.personas = personas;
	}

	void define(UUID workspaceId) {
		personas.ensure(workspaceId, persona("Soraya, store loyalist",
				"Shops in her branch, calls when something is wrong, spends the most per visit.",
				Map.of("age band", "45+", "preferred channel", "store", "tech affinity", "low"), 1,
				List.of(new RuleCondition("channelShare.store", "gte", List.of("0.25")),
						new RuleCondition("avgOrder", "gte", List.of("40")))));
		personas.ensure(workspaceId, persona("Dana, digital regular",
				"Young, buys small and often, mostly in the app; expects things to just work.",
				Map.of("age band", "18-34", "preferred channel", "app", "tech affinity", "high"), 2,
				List.of(new RuleCondition("channelShare.app", "gte", List.of("0.15")))));
		personas.ensure(workspaceId, persona("Ben, bargain hunter",
				"Comes through newsletters and promotions, compares prices on the web, buys cheap.",
				Map.of("age band", "25-44", "preferred channel", "web", "tech affinity", "medium"), 3,
				List.of(new RuleCondition("avgOrder", "lte", List.of("45")),
						new RuleCondition("purchases", "gte", List.of("1")))));
		// found by what they answered, not how they behave: the customers the three above leave, last said 0 to 6
		personas.ensure(workspaceId, persona("Unhappy lately",
				"Fits none of the three; their latest NPS answer was a detractor's: someone to win back.",
				Map.of("latest NPS", "0-6"), 4, List.of(new RuleCondition("nps", "lte", List.of("6")))));
	}

	private static Persona persona(String name, String description, Map<String, String> traits, int priority,
			List<RuleCondition> rule) {
		return new Persona(null, name, description, traits, priority, rule, 0, Instant.EPOCH);
	}
}
