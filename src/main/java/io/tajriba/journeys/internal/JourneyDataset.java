package io.tajriba.journeys.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import io.tajriba.interactions.JourneyRow;
import io.tajriba.journeys.domain.CodedStageAssignment;
import io.tajriba.journeys.domain.CustomerCodes;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.JourneyCustomers;
import io.tajriba.journeys.domain.JourneyEvents;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.StageAssignment;

/**
 * A workspace's interactions laid out for one map's analysis: the rows as {@link JourneyEvents} with their stages
 * assigned, the dictionaries of names, which customer each code is, and what the columns leave out (free text and
 * its polarity, and how often each touchpoint appears at each stage). Whether an interaction is online is its
 * channel's kind, as set on the channel when the rows were read.
 * <p>
 * The rows' bad flag is what the interaction records as {@code properties.outcome = "bad"}: a failed payment, a
 * call that did not solve the problem, an angry review. What customers said (dissatisfied answers, negative texts)
 * is read for each analysis by {@link CustomerWords}, since it depends on the period and the workspace's rules.
 */
final class JourneyDataset {

	final JourneyMap map;
	/** The workspace's channels whose kind is online when the rows were read; every other channel is offline. */
	final Set<String> onlineChannels;
	final Dictionary touchpoints = new Dictionary();
	final Dictionary channels = new Dictionary();
	final Dictionary types = new Dictionary();
	final JourneyEvents events = new JourneyEvents(1 << 16);
	/** Which customer each code is. */
	final CustomerCodes customerCodes = new CustomerCodes();
	final BitSet texts = new BitSet();
	final BitSet good = new BitSet();
	final List<long[]> touchpointStages = new ArrayList<>();
	final List<long[]> touchpointBadStages = new ArrayList<>();
	private JourneyCustomers customers;
	private final StageAssignment assignment;
	private final CodedStageAssignment coded;

	JourneyDataset(JourneyMap map, Set<String> onlineChannels) {
		this.map = map;
		this.onlineChannels = Set.copyOf(onlineChannels);
		assignment = StageAssignment.of(map);
		coded = assignment.coded(touchpoints, types);
	}

	/** Adds a row; rows come in customer-then-time order. */
	void add(JourneyRow row) {
		int customer = customerCodes.encode(row.customerId());
		int touchpoint = row.touchpoint() == null ? JourneyEvents.NONE : touchpoints.encode(row.touchpoint());
		int type = types.encode(row.type());
		int stage = coded.stageOf(assignment.stageIndex(row.stage()), touchpoint, type);
		boolean purchase = "purchase".equals(row.type());
		int index = events.size();
		events.add(customer, row.epochSecond(), stage, touchpoint, channels.encode(row.channel()), type,
				JourneyEvents.flags(onlineChannels.contains(row.channel()), row.bad(), purchase));
		if (row.hasText()) {
			texts.set(index);
		}
		if ("good".equals(row.outcome())) {
			good.set(index);
		}
		if (touchpoint >= 0 && stage >= 0) {
			while (touchpointStages.size() <= touchpoint) {
				touchpointStages.add(new long[map.size()]);
				touchpointBadStages.add(new long[map.size()]);
			}
			touchpointStages.get(touchpoint)[stage]++;
			touchpointBadStages.get(touchpoint)[stage] += row.bad() ? 1 : 0;
		}
	}

	/** The stage a touchpoint belongs to: where most of its interactions are assigned; -1 for one never seen. */
	int stageOfTouchpoint(int touchpoint) {
		return touchpoint < 0 || touchpoint >= touchpointStages.size() ? StageAssignment.UNASSIGNED
				: mostFrequent(touchpointStages.get(touchpoint));
	}

	/**
	 * The stage where most of a touchpoint's bad experiences happen (a branch is mostly browsed but fails at the
	 * till), else where most of its interactions are.
	 */
	int stageOfBadExperiences(int touchpoint) {
		int stage = touchpoint < 0 || touchpoint >= touchpointBadStages.size() ? StageAssignment.UNASSIGNED
				: mostFrequent(touchpointBadStages.get(touchpoint));
		return stage >= 0 ? stage : stageOfTouchpoint(touchpoint);
	}

	private static int mostFrequent(long[] counts) {
		int best = StageAssignment.UNASSIGNED;
		for (int stage = 0; stage < counts.length; stage++) {
			if (counts[stage] > 0 && (best < 0 || counts[stage] > counts[best])) {
				best = stage;
			}
		}
		return best;
	}

	/** The stage of a touchpoint by name, the map's assignment first; -1 when neither knows it. */
	int stageOfTouchpoint(String name) {
		int assigned = assignment.stageOf(null, name, null);
		return assigned >= 0 ? assigned : stageOfTouchpoint(touchpoints.codeOf(name));
	}

	void customers(JourneyCustomers known) {
		customers = known;
	}

	JourneyCustomers customers() {
		return customers;
	}
}
