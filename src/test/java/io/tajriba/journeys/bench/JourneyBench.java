package io.tajriba.journeys.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.tajriba.demo.domain.DemoCompany;
import io.tajriba.demo.domain.DemoCustomer;
import io.tajriba.demo.domain.DemoSizes;
import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.CodedStageAssignment;
import io.tajriba.journeys.domain.CoverageCounts;
import io.tajriba.journeys.domain.CoverageMatrix;
import io.tajriba.journeys.domain.DataType;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.Funnel;
import io.tajriba.journeys.domain.FunnelAnalysis;
import io.tajriba.journeys.domain.FunnelSegment;
import io.tajriba.journeys.domain.JourneyCustomers;
import io.tajriba.journeys.domain.JourneyEvents;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.Outcome;
import io.tajriba.journeys.domain.PainPointAnalysis;
import io.tajriba.journeys.domain.PainPoints;
import io.tajriba.journeys.domain.StageAssignment;
import io.tajriba.journeys.domain.TimeWindow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey analysis over the demo company's interactions at scale (440,000 customers make about ten million): the
 * events are generated and laid out once, then the in-memory analysis a journey page runs is timed several
 * times: the funnels of the chosen segment and of three personas online and offline, the pain points, and the
 * coverage matrix. Reading the rows from PostgreSQL is not part of the figure.
 * <p>
 * Arguments: customers (440000), runs (7).
 */
public final class JourneyBench {

	private static final Set<String> ONLINE = Set.of("web", "app", "email", "chat", "social");

	private JourneyBench() {
	}

	public static void main(String[] args) {
		int customerCount = args.length > 0 ? Integer.parseInt(args[0]) : 440_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		long started = System.nanoTime();
		Data data = generate(customerCount);
		System.out.printf("Generated %,d interactions of %,d customers in %.1f s%n", data.events.size(),
				customerCount, (System.nanoTime() - started) / 1e9);
		analyse(data);
		double[] seconds = new double[runs];
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			PainPoints points = analyse(data);
			seconds[run] = (System.nanoTime() - start) / 1e9;
			System.out.printf("run %d: %.3f s (top pain point: %s)%n", run + 1, seconds[run],
					data.touchpoints.name(points.touchpoints().getFirst().code()));
		}
		Arrays.sort(seconds);
		System.out.printf("Journey analysis of %,d interactions: median %.3f s over %d runs (min %.3f, max %.3f)%n",
				data.events.size(), seconds[runs / 2], runs, seconds[0], seconds[runs - 1]);
	}

	private static PainPoints analyse(Data data) {
		List<FunnelSegment> segments = new ArrayList<>(List.of(FunnelSegment.ALL));
		for (int persona = 0; persona < 3; persona++) {
			segments.add(FunnelSegment.persona(persona, ChannelKind.ONLINE));
			segments.add(FunnelSegment.persona(persona, ChannelKind.OFFLINE));
		}
		List<Funnel> funnels = FunnelAnalysis.run(data.events, data.customers, data.map.size(), TimeWindow.ALL,
				segments);
		PainPoints points = PainPointAnalysis.rank(data.events, data.customers, data.touchpoints.size(),
				data.map.size(), TimeWindow.ALL, Outcome.CHURN, PainPointAnalysis.DEFAULT_MINIMUM_GROUP);
		DataType[] byType = new DataType[data.types.size()];
		for (int code = 0; code < byType.length; code++) {
			byType[code] = DataType.ofInteractionType(data.types.name(code));
		}
		CoverageCounts counts = new CoverageCounts(data.map.size());
		counts.addEvents(data.events, byType);
		CoverageMatrix.of(data.map, counts, CoverageMatrix.DEFAULT_COVERED_AT);
		if (funnels.getFirst().customers() == 0) {
			throw new IllegalStateException("no customers in the funnel");
		}
		return points;
	}

	/** The demo company's interactions, parsed and coded as the journeys module codes the rows it reads. */
	private static final class Data {

		final JourneyMap map = JourneyMap.template();
		final Dictionary touchpoints = new Dictionary();
		final Dictionary channels = new Dictionary();
		final Dictionary types = new Dictionary();
		final JourneyEvents events;
		final JourneyCustomers customers;
		final StageAssignment assignment = StageAssignment.of(map);
		final CodedStageAssignment coded = assignment.coded(touchpoints, types);

		Data(int customerCount) {
			events = new JourneyEvents(customerCount * 24);
			customers = new JourneyCustomers(customerCount);
		}

		void add(int customer, JsonNode row) {
			String type = row.get("type").asString();
			String channel = row.get("channel").asString();
			JsonNode properties = row.path("properties");
			String touchpointName = row.path("touchpoint").asString(null);
			int touchpoint = touchpointName == null ? JourneyEvents.NONE : touchpoints.encode(touchpointName);
			int typeCode = types.encode(type);
			int stage = coded.stageOf(assignment.stageIndex(properties.path("stage").asString(null)), touchpoint,
					typeCode);
			boolean bad = "bad".equals(properties.path("outcome").asString(null));
			events.add(customer, Instant.parse(row.get("occurredAt").asString()).getEpochSecond(), stage,
					touchpoint, channels.encode(channel), typeCode,
					JourneyEvents.flags(ONLINE.contains(channel), bad, type.equals("purchase")));
		}
	}

	private static Data generate(int customerCount) {
		DemoSizes sizes = new DemoSizes(customerCount, DemoSizes.DEFAULT_DAYS, DemoSizes.DEFAULT_SEED,
				Instant.parse("2026-11-01T00:00:00Z"));
		Data data = new Data(customerCount);
		ObjectMapper json = JsonMapper.builder().build();
		int code = 0;
		for (DemoCustomer customer : new DemoCompany(sizes)) {
			double revenue = 0;
			for (String text : customer.interactionRows()) {
				JsonNode row = json.readTree(text);
				data.add(code, row);
				revenue += row.get("type").asString().equals("purchase") ? row.get("value").asDouble() : 0;
			}
			data.customers.set(code, customer.persona().ordinal(), customer.churned(), revenue);
			code++;
		}
		return data;
	}
}
