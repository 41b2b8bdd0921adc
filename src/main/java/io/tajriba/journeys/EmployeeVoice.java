package io.tajriba.journeys;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What employees said about each stage of a journey map, for its coverage matrix: implemented by the module that
 * keeps the employees' voice (pulse answers of the teams serving a stage, ideas tagged with it or with one of its
 * touchpoints). Without an implementation the employee column stays empty.
 */
public interface EmployeeVoice {

	/**
	 * Stage key → how many employee records of [from, to) speak of it, for these stages (with their touchpoints);
	 * stages with none may be left out.
	 */
	Map<String, Long> countsByStage(UUID workspaceId, List<JourneyStages.Stage> stages, Instant from, Instant to);
}
