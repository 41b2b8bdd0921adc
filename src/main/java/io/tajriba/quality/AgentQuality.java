package io.tajriba.quality;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.internal.QualityScores;
import org.springframework.stereotype.Service;

/** The quality scores of agents for other modules, which group agents their own way (employee teams, say). */
@Service
public class AgentQuality {

	private final QualityScores scores;

	AgentQuality(QualityScores scores) {
		this.scores = scores;
	}

	/**
	 * The scores (each in [0, 1]) of each agent's reviews of the random sample about [from, to), by agent key: the reviews
	 * an IQS is the mean of. Targeted and hand-made reviews are left out; agents without reviews too.
	 */
	public Map<String, List<Double>> randomReviewScores(UUID workspaceId, Instant from, Instant to) {
		return scores.randomByAgentKey(workspaceId, from, to);
	}
}
