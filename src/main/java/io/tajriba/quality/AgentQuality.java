package io.tajriba.quality;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.internal.CalibrationService;
import io.tajriba.quality.internal.CriterionScores;
import io.tajriba.quality.internal.QualityScores;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The quality scores of agents for other modules, which group agents their own way (employee teams, say). */
@Service
public class AgentQuality {

	/** A scorecard's latest closed calibration session: the panel's overall Krippendorff alpha over n scores. */
	public record Calibration(UUID scorecard, String scorecardName, Instant closedAt, @Nullable Double alpha,
			long n) {
	}

	private final QualityScores scores;
	private final CalibrationService calibrations;
	private final CriterionScores criteria;

	AgentQuality(QualityScores scores, CalibrationService calibrations, CriterionScores criteria) {
		this.scores = scores;
		this.calibrations = calibrations;
		this.criteria = criteria;
	}

	/** The criterion keys of the scorecards (a key shared by two scorecards once), each with its wording. */
	public Map<String, String> criteria(UUID workspaceId, String language) {
		return criteria.criteria(workspaceId, language);
	}

	/**
	 * The criterion scores (each in [0, 1], N/A left out) of the random sample's reviews of work done in [from, to),
	 * by criterion key, of one agent (by id) or of all when null.
	 */
	public Map<String, List<Double>> criterionScores(UUID workspaceId, Instant from, Instant to,
			@Nullable UUID agent) {
		return criteria.scores(workspaceId, from, to, agent);
	}

	/** Per scorecard, the agreement of its latest calibration session closed before {@code before}. */
	public List<Calibration> latestCalibrations(UUID workspaceId, Instant before) {
		return calibrations.latestClosed(workspaceId, before).stream()
			.map(c -> new Calibration(c.scorecard(), c.scorecardName(), c.closedAt(), c.alpha(), c.n())).toList();
	}

	/**
	 * The scores (each in [0, 1]) of each agent's reviews of the random sample about [from, to), by agent key: the reviews
	 * an IQS is the mean of. Targeted and hand-made reviews are left out; agents without reviews too.
	 */
	public Map<String, List<Double>> randomReviewScores(UUID workspaceId, Instant from, Instant to) {
		return scores.randomByAgentKey(workspaceId, from, to);
	}
}
