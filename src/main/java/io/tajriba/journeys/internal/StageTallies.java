package io.tajriba.journeys.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.CoverageCounts;
import io.tajriba.journeys.domain.DataType;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.JourneyCustomers;
import io.tajriba.journeys.domain.JourneyEvents;
import io.tajriba.journeys.domain.Rate;
import io.tajriba.journeys.domain.Sentiment;
import io.tajriba.journeys.domain.StageFeedback;
import io.tajriba.journeys.domain.TextFeelings;
import io.tajriba.journeys.domain.TimeWindow;
import io.tajriba.journeys.internal.JourneyAnalysis.Count;

/**
 * One pass over the interactions of the chosen customers and channels in the window: per stage the
 * interactions, the bad ones (as the words read count them), its touchpoints and customer actions, the sentiment
 * and emotions of free texts (into the stage feedback) and the data types seen (into the coverage counts). A text
 * text analytics has read counts with its sentiment and emotions; one not read yet with the polarity of the
 * interaction's own outcome (negative when flagged bad, positive when good).
 */
final class StageTallies {

	final long[] interactions;
	final long[] bad;
	/** The texts of each stage whose sentiment text analytics read. */
	final long[] analysedTexts;
	private final long[][] touchpoints;
	private final long[][] types;
	private final JourneyDataset data;
	private final CustomerWords.Words words;
	private final JourneyEvents events;
	private final int[] emotionCodes;

	private StageTallies(JourneyDataset data, CustomerWords.Words words, Dictionary emotions) {
		this.data = data;
		this.words = words;
		events = words.events();
		// the texts' emotions as codes of the stage feedback's dictionary, which the survey emotions share
		emotionCodes = new int[Math.min(words.emotions().size(), TextFeelings.EMOTIONS)];
		for (int code = 0; code < emotionCodes.length; code++) {
			emotionCodes[code] = emotions.encode(words.emotions().name(code));
		}
		int stages = data.map.size();
		interactions = new long[stages];
		bad = new long[stages];
		analysedTexts = new long[stages];
		touchpoints = new long[stages][data.touchpoints.size()];
		types = new long[stages][data.types.size()];
	}

	static StageTallies count(JourneyDataset data, CustomerWords.Words words, TimeWindow window, int persona,
			ChannelKind kind, StageFeedback feedback, CoverageCounts coverage, Dictionary emotions) {
		StageTallies tallies = new StageTallies(data, words, emotions);
		DataType[] byType = new DataType[data.types.size()];
		for (int code = 0; code < byType.length; code++) {
			byType[code] = DataType.ofInteractionType(data.types.name(code));
		}
		JourneyEvents events = words.events();
		JourneyCustomers customers = data.customers();
		for (int row = 0; row < events.size(); row++) {
			int stage = events.stage(row);
			if (stage < 0 || !window.contains(events.epochSecond(row)) || !matches(kind, events.online(row))
					|| persona >= 0 && customers.persona(events.customer(row)) != persona) {
				continue;
			}
			tallies.add(row, stage, byType, feedback, coverage);
		}
		return tallies;
	}

	private void add(int row, int stage, DataType[] byType, StageFeedback feedback, CoverageCounts coverage) {
		interactions[stage]++;
		boolean isBad = events.bad(row);
		bad[stage] += isBad ? 1 : 0;
		if (events.touchpoint(row) >= 0) {
			touchpoints[stage][events.touchpoint(row)]++;
		}
		DataType type = byType[events.type(row)];
		types[stage][events.type(row)]++;
		if (type != null) {
			coverage.add(stage, type, 1);
		}
		if (data.texts.get(row)) {
			if (type != DataType.TEXT) {
				coverage.add(stage, DataType.TEXT, 1);
			}
			feel(row, stage, feedback);
		}
	}

	private void feel(int row, int stage, StageFeedback feedback) {
		Sentiment read = words.feelings().sentiment(row);
		if (read == null) {
			Sentiment proxy = events.flaggedBad(row) ? Sentiment.NEGATIVE
					: data.good.get(row) ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
			feedback.addTexts(stage, proxy, JourneyEvents.NONE, 1);
			return;
		}
		analysedTexts[stage]++;
		feedback.addTexts(stage, read, JourneyEvents.NONE, 1);
		int mask = words.feelings().emotions(row);
		for (int code = 0; code < emotionCodes.length; code++) {
			if ((mask & 1 << code) != 0) {
				feedback.addEmotion(stage, emotionCodes[code], 1);
			}
		}
	}

	private static boolean matches(ChannelKind kind, boolean online) {
		return kind == ChannelKind.ANY || (kind == ChannelKind.ONLINE) == online;
	}

	Rate badShare(int stage) {
		return Rate.of(bad[stage], interactions[stage]);
	}

	List<Count> touchpoints(int stage) {
		return ranked(touchpoints[stage], code -> data.touchpoints.name(code));
	}

	List<Count> actions(int stage) {
		return ranked(types[stage], code -> data.types.name(code));
	}

	private static List<Count> ranked(long[] counts, java.util.function.IntFunction<String> name) {
		List<Count> list = new ArrayList<>();
		for (int code = 0; code < counts.length; code++) {
			if (counts[code] > 0) {
				list.add(new Count(name.apply(code), counts[code]));
			}
		}
		list.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name));
		return list;
	}
}
