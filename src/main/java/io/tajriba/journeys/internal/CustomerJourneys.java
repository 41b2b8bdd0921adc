package io.tajriba.journeys.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.journeys.domain.CustomerPath;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.internal.JourneyAnalysis.CustomerJourney;
import io.tajriba.journeys.internal.JourneyAnalysis.Visit;
import io.tajriba.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** A single customer's path through the stages of a map, from their interactions alone. */
@Service
public class CustomerJourneys {

	private final JourneyService journeys;
	private final JourneyData data;
	private final Customers customers;

	CustomerJourneys(JourneyService journeys, JourneyData data, Customers customers) {
		this.journeys = journeys;
		this.data = data;
		this.customers = customers;
	}

	/** The path of the customer known by {@code ref} (any identity or id) through the journey map. */
	public CustomerJourney path(UUID workspaceId, UUID journeyId, String ref) {
		JourneyMap map = journeys.get(workspaceId, journeyId).map();
		CustomerProfile profile = customers.profile(workspaceId, ref)
			.orElseThrow(() -> new NotFoundException("Customer"));
		JourneyDataset dataset = data.load(workspaceId, map, List.of(), profile.id());
		List<Visit> visits = CustomerPath.of(dataset.events).stream()
			.map(v -> new Visit(map.stage(v.stage()).key(), map.stage(v.stage()).name(),
					Instant.ofEpochSecond(v.firstEpochSecond()), Instant.ofEpochSecond(v.lastEpochSecond()),
					v.interactions(), v.touchpoints().stream().map(dataset.touchpoints::name).toList(), v.bad()))
			.toList();
		return new CustomerJourney(profile.id(), profile.externalId(), visits);
	}

	/** The path through the workspace's first map, for the customer 360 page. */
	public CustomerJourney path(UUID workspaceId, String ref) {
		return path(workspaceId, journeys.list(workspaceId).getFirst().id(), ref);
	}
}
