package io.tajriba.journeys.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.Interactions;
import io.tajriba.journeys.domain.JourneyCustomers;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Personas;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what journey analysis needs through the owning modules: interactions (streamed in customer-then-time
 * order), each customer's churn and revenue, and personas (coded by their place in the persona list, which is
 * priority order).
 */
@Component
class JourneyData {

	private final Interactions interactions;
	private final Customers customers;
	private final Personas personas;

	JourneyData(Interactions interactions, Customers customers, Personas personas) {
		this.interactions = interactions;
		this.customers = customers;
		this.personas = personas;
	}

	/** The workspace's interactions for this map, or one customer's when {@code customerId} is given. */
	JourneyDataset load(UUID workspaceId, JourneyMap map, List<Persona> personaList, @Nullable UUID customerId) {
		JourneyDataset data = new JourneyDataset(map, onlineChannels(workspaceId));
		interactions.journeyRows(workspaceId, customerId, data::add);
		JourneyCustomers known = new JourneyCustomers(data.customerCodes.size());
		int[] persona = new int[data.customerCodes.size()];
		java.util.Arrays.fill(persona, JourneyCustomers.NO_PERSONA);
		for (int code = personaList.size() - 1; code >= 0; code--) {
			for (UUID member : personas.members(workspaceId, personaList.get(code).id())) {
				int customer = data.customerCodes.codeOf(member);
				if (customer >= 0) {
					persona[customer] = code;
				}
			}
		}
		for (int code = 0; code < persona.length; code++) {
			known.set(code, persona[code], false, 0);
		}
		customers.values(workspaceId, value -> {
			int code = data.customerCodes.codeOf(value.customerId());
			if (code >= 0) {
				known.set(code, persona[code], value.churned(), Math.max(0, value.revenue().doubleValue()));
			}
		});
		data.customers(known);
		return data;
	}

	/** The workspace's channels whose kind is online, as set on each channel. */
	Set<String> onlineChannels(UUID workspaceId) {
		return interactions.onlineChannels(workspaceId);
	}

	/** When the workspace last received an interaction: a sign that its interactions changed. */
	java.util.Optional<java.time.Instant> lastReceived(UUID workspaceId) {
		return interactions.lastReceived(workspaceId);
	}

	List<Persona> personas(UUID workspaceId) {
		return personas.list(workspaceId);
	}
}
