package io.tajriba.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.Outcome;
import io.tajriba.journeys.internal.AnalysisRequest;
import io.tajriba.journeys.internal.JourneyAnalyses;
import io.tajriba.journeys.internal.JourneyAnalysis.PainPointRow;
import io.tajriba.journeys.internal.JourneyRecord;
import io.tajriba.journeys.internal.JourneyService;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The pain points of a workspace's first journey map as other modules weigh them (the idea box's evidence): per
 * stage and per touchpoint the relative risk of churn after a bad experience there against one elsewhere, with its
 * 95% interval and the customers it rests on, over the last 365 days, every customer and channel, as the journey
 * page shows them by default.
 */
@Service
public class PainPointRisks {

	/**
	 * A stage (kind stage, name its key) or touchpoint (kind touchpoint, name the touchpoint, stage its stage's key)
	 * and the relative risk there: {@code exposed} customers had a bad experience there.
	 */
	public record Risk(String kind, String name, @Nullable String stage, long exposed, double relativeRisk,
			double ciLow, double ciHigh) {
	}

	static final int DAYS = 365;

	private final JourneyService journeys;
	private final JourneyAnalyses analyses;
	private final Workspaces workspaces;
	private final Clock clock;

	PainPointRisks(JourneyService journeys, JourneyAnalyses analyses, Workspaces workspaces, Clock clock) {
		this.journeys = journeys;
		this.analyses = analyses;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** The stages' and touchpoints' risks, stages first; none when the workspace has no map. */
	public List<Risk> of(UUID workspaceId) {
		Workspace workspace = workspaces.workspace(workspaceId);
		List<JourneyRecord> maps = journeys.list(workspaceId);
		if (maps.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		var report = analyses.analyse(workspace, maps.getFirst().id(), new AnalysisRequest(today.minusDays(DAYS - 1),
				today, null, ChannelKind.ANY, Outcome.CHURN)).painPoints();
		List<Risk> risks = new ArrayList<>();
		report.stages().forEach(row -> risks.add(risk(row)));
		report.touchpoints().forEach(row -> risks.add(risk(row)));
		return risks;
	}

	private static Risk risk(PainPointRow row) {
		return new Risk(row.kind(), row.name(), row.stage(), row.exposed(), row.relativeRisk().value(),
				row.relativeRisk().ciLow(), row.relativeRisk().ciHigh());
	}
}
