package io.tajriba.journeys;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.Kpi;
import io.tajriba.journeys.domain.Outcome;
import io.tajriba.journeys.domain.Stage;
import io.tajriba.journeys.internal.AnalysisRequest;
import io.tajriba.journeys.internal.JourneyAnalyses;
import io.tajriba.journeys.internal.JourneyAnalysis.CoverageRow;
import io.tajriba.journeys.internal.JourneyRecord;
import io.tajriba.journeys.internal.JourneyService;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Service;

/**
 * How far the workspace's first journey map is filled, as the maturity evidence reads it: the coverage matrix's
 * expected cells (stage × data type) with data over the 365 days up to a day, as the journey page shows it, and
 * the stages with a KPI target.
 */
@Service
public class JourneyEvidence {

	/** The expected cells, those with any data (thin or covered) and those covered. */
	public record Coverage(long expected, long filled, long covered) {
	}

	/** Stages with at least one KPI target, of all the map's stages. */
	public record Targets(long withTarget, long stages) {
	}

	static final int DAYS = 365;

	private final JourneyService journeys;
	private final JourneyAnalyses analyses;
	private final Workspaces workspaces;

	JourneyEvidence(JourneyService journeys, JourneyAnalyses analyses, Workspaces workspaces) {
		this.journeys = journeys;
		this.analyses = analyses;
		this.workspaces = workspaces;
	}

	/** The coverage of the 365 days up to {@code today} (included). */
	public Coverage coverage(UUID workspaceId, LocalDate today) {
		List<JourneyRecord> maps = journeys.list(workspaceId);
		if (maps.isEmpty()) {
			return new Coverage(0, 0, 0);
		}
		List<CoverageRow> cells = analyses.analyse(workspaces.workspace(workspaceId), maps.getFirst().id(),
				new AnalysisRequest(today.minusDays(DAYS - 1), today, null, ChannelKind.ANY, Outcome.CHURN))
			.coverage().cells().stream().filter(CoverageRow::expected).toList();
		return new Coverage(cells.size(), cells.stream().filter(c -> !c.status().equals("gap")).count(),
				cells.stream().filter(c -> c.status().equals("covered")).count());
	}

	public Targets targets(UUID workspaceId) {
		List<JourneyRecord> maps = journeys.list(workspaceId);
		if (maps.isEmpty()) {
			return new Targets(0, 0);
		}
		List<Stage> stages = maps.getFirst().map().stages();
		return new Targets(stages.stream()
			.filter(s -> Arrays.stream(Kpi.values()).anyMatch(k -> s.targets().of(k) != null)).count(), stages.size());
	}
}
