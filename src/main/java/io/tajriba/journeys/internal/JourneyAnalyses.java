package io.tajriba.journeys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.journeys.EmployeeVoice;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.CoverageCounts;
import io.tajriba.journeys.domain.CoverageMatrix;
import io.tajriba.journeys.domain.DataType;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.Funnel;
import io.tajriba.journeys.domain.FunnelAnalysis;
import io.tajriba.journeys.domain.FunnelSegment;
import io.tajriba.journeys.domain.JourneyCustomers;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.PainPointAnalysis;
import io.tajriba.journeys.domain.PainPoints;
import io.tajriba.journeys.domain.StageActuals;
import io.tajriba.journeys.domain.StageExperience;
import io.tajriba.journeys.domain.StageFeedback;
import io.tajriba.journeys.domain.StageFunnel;
import io.tajriba.journeys.domain.TargetGaps;
import io.tajriba.journeys.domain.TimeWindow;
import io.tajriba.journeys.internal.JourneyAnalysis.SegmentReport;
import io.tajriba.journeys.internal.JourneyAnalysis.Share;
import io.tajriba.journeys.internal.JourneyAnalysis.StageReport;
import io.tajriba.personas.Persona;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A journey map's analysis: reads the workspace's interactions, customers, personas, survey answers and text
 * analyses through their modules and runs the pure analyses of {@code journeys.domain} over them, all of it for the
 * persona and channels chosen. A bad experience is what the source flags, and as the workspace's rules say a
 * dissatisfied answer about the visit and a negative text ({@link CustomerWords}).
 */
@Service
public class JourneyAnalyses {

	/** How many of the largest personas are compared online against offline. */
	static final int COMPARED_PERSONAS = 3;

	private final JourneyService journeys;
	private final JourneyData data;
	private final JourneyDatasets datasets;
	private final SurveyFeedback surveys;
	private final CustomerWords words;
	private final JourneySettings settings;
	private final ObjectProvider<EmployeeVoice> employees;

	private final KeptAnalyses keptAnalyses;
	private final Duration viewWait;

	JourneyAnalyses(JourneyService journeys, JourneyData data, JourneyDatasets datasets, SurveyFeedback surveys,
			CustomerWords words, JourneySettings settings, ObjectProvider<EmployeeVoice> employees,
			KeptAnalyses keptAnalyses, @Value("${tajriba.journeys.view-wait:20s}") Duration viewWait) {
		this.keptAnalyses = keptAnalyses;
		this.viewWait = viewWait;
		this.employees = employees;
		this.journeys = journeys;
		this.data = data;
		this.datasets = datasets;
		this.surveys = surveys;
		this.words = words;
		this.settings = settings;
	}

	/** The analysis, waiting for it as long as it takes (for the other modules' reads and the jobs). */
	public JourneyAnalysis analyse(Workspace workspace, UUID journeyId, AnalysisRequest request) {
		return analyse(workspace, journeyId, request, null);
	}

	/**
	 * The analysis as a page or an API call shows it: waiting at most {@code tajriba.journeys.view-wait} for the
	 * interactions to be read and the figures worked out, then {@link JourneyPreparing} while the work goes on.
	 */
	public JourneyAnalysis view(Workspace workspace, UUID journeyId, AnalysisRequest request) {
		return analyse(workspace, journeyId, request, viewWait);
	}

	private JourneyAnalysis analyse(Workspace workspace, UUID journeyId, AnalysisRequest request,
			@Nullable Duration wait) {
		long deadline = System.nanoTime() + (wait == null ? 0 : wait.toNanos());
		JourneyRecord journey = journeys.get(workspace.id(), journeyId);
		JourneyMap map = journey.map();
		List<Persona> personas = data.personas(workspace.id());
		UUID personaId = request.persona() != null ? request.persona() : journey.personaId();
		personaCode(personas, personaId);  // a persona of another workspace, or none, is refused before any wait
		JourneyDatasets.Kept kept = datasets.get(workspace.id(), journeyId, map, personas, wait);
		// a big dataset may have been read before the personas last changed: its customers are coded by its own list
		List<Persona> coded = kept.personas();
		if (personaId != null && coded.stream().noneMatch(p -> p.id().equals(personaId))) {
			throw new JourneyPreparing();  // a persona made since: the dataset is being read again with it
		}
		int persona = personaCode(coded, personaId);
		BadExperienceRules rules = settings.rules(workspace.id());
		if (!datasets.big(kept.dataset())) {
			return analyse(workspace, journeyId, map, coded, personaId, persona, kept, request, rules);
		}
		Duration left = wait == null ? null : Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
		// the persona as resolved: a journey's default persona changed is another view
		AnalysisRequest resolved = new AnalysisRequest(request.from(), request.to(), personaId, request.channelKind(),
				request.outcome());
		return keptAnalyses.get(new KeptAnalyses.Key(workspace.id(), journeyId, map, resolved, rules),
				kept.dataset(), left,
				() -> analyse(workspace, journeyId, map, coded, personaId, persona, kept, request, rules));
	}

	private JourneyAnalysis analyse(Workspace workspace, UUID journeyId, JourneyMap map, List<Persona> personas,
			@Nullable UUID personaId, int persona, JourneyDatasets.Kept kept, AnalysisRequest request,
			BadExperienceRules rules) {
		JourneyDataset dataset = kept.dataset();
		ZoneId zone = workspace.timeZone();
		Instant from = request.from().atStartOfDay(zone).toInstant();
		Instant to = request.to().plusDays(1).atStartOfDay(zone).toInstant();
		TimeWindow window = new TimeWindow(from.getEpochSecond(), to.getEpochSecond());

		List<FunnelSegment> segments = new ArrayList<>();
		segments.add(new FunnelSegment(persona, request.channelKind(), FunnelSegment.ANY));
		List<Persona> compared = personas.stream().sorted(Comparator.comparingLong(Persona::customers).reversed())
			.limit(COMPARED_PERSONAS).toList();
		for (Persona p : compared) {
			segments.add(FunnelSegment.persona(personas.indexOf(p), ChannelKind.ONLINE));
			segments.add(FunnelSegment.persona(personas.indexOf(p), ChannelKind.OFFLINE));
		}
		JourneyCustomers customers = dataset.customers();
		List<Funnel> funnels = FunnelAnalysis.run(dataset.events, customers, map.size(), window, segments);

		CustomerWords.Words said = words.read(workspace.id(), dataset, from, to, rules);
		StageFeedback feedback = new StageFeedback(map.size());
		CoverageCounts coverage = new CoverageCounts(map.size());
		Dictionary emotions = new Dictionary();
		StageTallies tallies = StageTallies.count(dataset, said, window, persona, request.channelKind(), feedback,
				coverage, emotions);
		Set<UUID> members = personaId == null ? null : membersOf(dataset, persona);
		surveys.read(workspace.id(), dataset, from, to, members, zone, feedback, coverage, emotions);
		addEmployeeVoice(workspace.id(), map, from, to, coverage);

		PainPoints pains = PainPointAnalysis.rank(said.events(), customers, dataset.touchpoints.size(), map.size(),
				window, request.outcome(), PainPointAnalysis.DEFAULT_MINIMUM_GROUP,
				new FunnelSegment(persona, request.channelKind(), FunnelSegment.ANY));
		Funnel main = funnels.getFirst();
		List<StageReport> stages = new ArrayList<>();
		for (int i = 0; i < map.size(); i++) {
			stages.add(stage(map, i, main.stages().get(i), feedback.experience(i, 3), tallies, emotions));
		}
		return new JourneyAnalysis(journeyId, map.name(), request.from(), request.to(), personaId,
				name(request.channelKind()), name(request.outcome()), main.customers(), stages,
				segmentReports(funnels, personas), Reports.painPoints(pains, dataset, map, rules, said),
				Reports.coverage(CoverageMatrix.of(map, coverage, CoverageMatrix.DEFAULT_COVERED_AT)), kept.asOf());
	}

	/** The employees' pulse answers and ideas per stage, when a module keeps them (none: the column stays empty). */
	private void addEmployeeVoice(UUID workspaceId, JourneyMap map, Instant from, Instant to, CoverageCounts coverage) {
		EmployeeVoice voice = employees.getIfAvailable();
		if (voice == null) {
			return;
		}
		List<JourneyStages.Stage> stages = map.stages().stream()
			.map(s -> new JourneyStages.Stage(s.key(), s.name().in("en"), s.touchpoints())).toList();
		Map<String, Long> counts = voice.countsByStage(workspaceId, stages, from, to);
		for (int i = 0; i < map.size(); i++) {
			long n = counts.getOrDefault(map.stage(i).key(), 0L);
			if (n > 0) {
				coverage.add(i, DataType.EMPLOYEE, n);
			}
		}
	}

	private static StageReport stage(JourneyMap map, int i, StageFunnel funnel, StageExperience experience,
			StageTallies tallies, Dictionary emotions) {
		var stage = map.stage(i);
		List<Share> emotionShares = experience.emotions().stream()
			.map(e -> new Share(emotions.name(e.code()), e.share())).toList();
		return new StageReport(i, stage.key(), stage.name(), stage.intendedExperience(), funnel.reached(),
				funnel.reach(), funnel.conversion(), funnel.dropOff(), funnel.timeToNext(), tallies.interactions[i],
				tallies.badShare(i), experience.csat(), experience.ces(), experience.positiveSentiment(),
				experience.negativeSentiment(), tallies.analysedTexts[i], emotionShares, tallies.touchpoints(i), tallies.actions(i),
				TargetGaps.of(i, stage.targets(), StageActuals.of(funnel, experience)));
	}

	private static List<SegmentReport> segmentReports(List<Funnel> funnels, List<Persona> personas) {
		List<SegmentReport> reports = new ArrayList<>();
		for (Funnel funnel : funnels.subList(1, funnels.size())) {
			Persona p = personas.get(funnel.segment().persona());
			reports.add(new SegmentReport(p.id(), p.name(), name(funnel.segment().kind()), funnel.customers(),
					funnel.stages().stream().map(StageFunnel::reached).toList(),
					funnel.stages().stream().map(s -> s.reach().percent()).toList()));
		}
		return reports;
	}

	private static int personaCode(List<Persona> personas, @Nullable UUID personaId) {
		if (personaId == null) {
			return FunnelSegment.ANY;
		}
		for (int i = 0; i < personas.size(); i++) {
			if (personas.get(i).id().equals(personaId)) {
				return i;
			}
		}
		throw new InvalidFieldException("persona", "no such persona in this workspace");
	}

	private static Set<UUID> membersOf(JourneyDataset dataset, int persona) {
		Set<UUID> members = new java.util.HashSet<>();
		for (int code = 0; code < dataset.customerCodes.size(); code++) {
			if (dataset.customers().persona(code) == persona) {
				members.add(dataset.customerCodes.id(code));
			}
		}
		return members;
	}

	static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}
}
