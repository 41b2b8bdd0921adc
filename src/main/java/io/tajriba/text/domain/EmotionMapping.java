package io.tajriba.text.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.tajriba.text.domain.Emotion.ANGER;
import static io.tajriba.text.domain.Emotion.DISGUST;
import static io.tajriba.text.domain.Emotion.FEAR;
import static io.tajriba.text.domain.Emotion.FRUSTRATION;
import static io.tajriba.text.domain.Emotion.JOY;
import static io.tajriba.text.domain.Emotion.SADNESS;
import static io.tajriba.text.domain.Emotion.SURPRISE;
import static io.tajriba.text.domain.Emotion.TRUST;

/**
 * How the labels of the emotion data sets map onto the emotions a customer experience team acts on.
 * <ul>
 * <li>joy: joy, happy, amusement, excitement, love, gratitude, admiration, optimism, pride, relief</li>
 * <li>surprise: surprise, realization</li>
 * <li>trust: trust, approval, caring (confidence in and goodwill towards the company)</li>
 * <li>anger: anger, angry</li>
 * <li>sadness: sadness, sad, grief, remorse, pessimism</li>
 * <li>fear: fear, nervousness</li>
 * <li>disgust: disgust, hate</li>
 * <li>frustration: annoyance, disapproval, disappointment, confusion (being let down, put off or kept
 * guessing; the most frequent negative feeling in service feedback)</li>
 * </ul>
 * Labels left out carry no customer experience meaning or are too vague: neutral, none, other, curiosity, desire,
 * embarrassment, sympathy (condolences in the Arabic tweets), expectation, anticipation.
 */
public final class EmotionMapping {

	private static final Map<String, Set<Emotion>> MAPPING = Map.ofEntries(Map.entry("joy", EnumSet.of(JOY)),
			Map.entry("happy", EnumSet.of(JOY)), Map.entry("amusement", EnumSet.of(JOY)),
			Map.entry("excitement", EnumSet.of(JOY)), Map.entry("love", EnumSet.of(JOY)),
			Map.entry("gratitude", EnumSet.of(JOY)), Map.entry("admiration", EnumSet.of(JOY)),
			Map.entry("optimism", EnumSet.of(JOY)), Map.entry("pride", EnumSet.of(JOY)),
			Map.entry("relief", EnumSet.of(JOY)), Map.entry("surprise", EnumSet.of(SURPRISE)),
			Map.entry("realization", EnumSet.of(SURPRISE)), Map.entry("trust", EnumSet.of(TRUST)),
			Map.entry("approval", EnumSet.of(TRUST)), Map.entry("caring", EnumSet.of(TRUST)),
			Map.entry("anger", EnumSet.of(ANGER)), Map.entry("angry", EnumSet.of(ANGER)),
			Map.entry("sadness", EnumSet.of(SADNESS)), Map.entry("sad", EnumSet.of(SADNESS)),
			Map.entry("grief", EnumSet.of(SADNESS)), Map.entry("remorse", EnumSet.of(SADNESS)),
			Map.entry("pessimism", EnumSet.of(SADNESS)), Map.entry("fear", EnumSet.of(FEAR)),
			Map.entry("nervousness", EnumSet.of(FEAR)), Map.entry("disgust", EnumSet.of(DISGUST)),
			Map.entry("hate", EnumSet.of(DISGUST)), Map.entry("annoyance", EnumSet.of(FRUSTRATION)),
			Map.entry("disapproval", EnumSet.of(FRUSTRATION)), Map.entry("disappointment", EnumSet.of(FRUSTRATION)),
			Map.entry("confusion", EnumSet.of(FRUSTRATION)));

	private EmotionMapping() {
	}

	/** The emotions of a data set's label list ("anger,disgust"); empty for labels without meaning here. */
	public static Set<Emotion> map(String labels) {
		var emotions = EnumSet.noneOf(Emotion.class);
		for (var label : labels.split(",")) {
			emotions.addAll(MAPPING.getOrDefault(label.strip().toLowerCase(java.util.Locale.ROOT), Set.of()));
		}
		return emotions;
	}
}
