package io.tajriba.employees.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.domain.IdeaEvidence;
import io.tajriba.employees.domain.IdeaEvidence.Pain;
import io.tajriba.journeys.PainPointRisks;
import io.tajriba.metrics.ThemeImportance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The evidence behind the ideas of a workspace, read once for a page or list: the journey's pain points (relative
 * risks of churn per stage and touchpoint) and the importance of the NPS drivers and themes. Should either analysis
 * fail, the ideas are ranked without it and the failure is logged: the idea box stays usable.
 */
@Component
class IdeaEvidenceReader {

	private static final Logger log = LoggerFactory.getLogger(IdeaEvidenceReader.class);

	/** What the ideas of one workspace are weighed with. */
	record Weights(Map<String, Pain> stages, Map<String, Pain> touchpoints, Map<String, Double> importance) {

		IdeaEvidence of(Idea idea) {
			return IdeaEvidence.of(idea.stage(), idea.touchpoint(), idea.theme(), stages, touchpoints, importance);
		}
	}

	private final PainPointRisks risks;
	private final ThemeImportance themes;

	IdeaEvidenceReader(PainPointRisks risks, ThemeImportance themes) {
		this.risks = risks;
		this.themes = themes;
	}

	Weights read(UUID workspaceId) {
		Map<String, Pain> stages = new HashMap<>();
		Map<String, Pain> touchpoints = new HashMap<>();
		try {
			for (PainPointRisks.Risk r : risks.of(workspaceId)) {
				Pain pain = new Pain(r.kind(), r.name(), r.relativeRisk(), r.ciLow(), r.ciHigh(), r.exposed());
				(r.kind().equals("touchpoint") ? touchpoints : stages).putIfAbsent(r.name(), pain);
			}
		}
		catch (RuntimeException e) {
			log.warn("Pain points of workspace {} not read for the idea box: {}", workspaceId, e.toString());
		}
		Map<String, Double> importance = new HashMap<>();
		try {
			importance.putAll(themes.of(workspaceId));
		}
		catch (RuntimeException e) {
			log.warn("Driver importance of workspace {} not read for the idea box: {}", workspaceId, e.toString());
		}
		return new Weights(stages, touchpoints, importance);
	}
}
