package io.tajriba.text.domain;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureExtractorTests {

	private static final FeatureConfig WORDS = new FeatureConfig(20, 0, 0, false);

	private static Map<Integer, Float> features(String text, TextLanguage language, FeatureConfig config) {
		var extracted = new FeatureExtractor(config, Lexicon.of(language)).extract(new Tokens().read(text));
		var map = new HashMap<Integer, Float>();
		for (int i = 0; i < extracted.size(); i++) {
			map.merge(extracted.index(i), extracted.value(i), Float::sum);
		}
		return map;
	}

	/** The signed value the word «word» has in the features of «text». */
	private static float valueOf(String word, String text, TextLanguage language) {
		var alone = features(word, language, WORDS);
		var in = features(text, language, WORDS);
		var bucket = alone.keySet().iterator().next();
		return in.getOrDefault(bucket, 0f) / alone.get(bucket);
	}

	@Test
	void negationTurnsTheFollowingWordsInEveryLanguage() {
		assertThat(valueOf("good", "not good", TextLanguage.EN)).isEqualTo(-1f);
		assertThat(valueOf("خوب", "نه خوب", TextLanguage.FA)).isEqualTo(-1f);
		assertThat(valueOf("טוב", "לא טוב", TextLanguage.HE)).isEqualTo(-1f);
		assertThat(valueOf("جيد", "غير جيد", TextLanguage.AR)).isEqualTo(-1f);
	}

	@Test
	void negationEndsAtASentenceMarkOrAContrastWord() {
		assertThat(valueOf("good", "not late. good", TextLanguage.EN)).isEqualTo(1f);
		assertThat(valueOf("good", "not cheap but good", TextLanguage.EN)).isEqualTo(1f);
		assertThat(valueOf("good", "not one two three good", TextLanguage.EN)).isEqualTo(1f);
	}

	@Test
	void negatedWordsAlsoGetAFeatureOfTheirOwn() {
		assertThat(features("not good", TextLanguage.EN, WORDS)).hasSize(3);
		assertThat(features("good", TextLanguage.EN, WORDS)).hasSize(1);
	}

	@Test
	void intensifiersStrengthenTheNextWord() {
		assertThat(valueOf("good", "very good", TextLanguage.EN)).isEqualTo(1.5f);
		assertThat(valueOf("خوب", "خیلی خوب", TextLanguage.FA)).isEqualTo(1.5f);
		assertThat(valueOf("جيد", "جيد جدا", TextLanguage.AR)).isEqualTo(1.5f);
		assertThat(valueOf("טוב", "טוב מאוד", TextLanguage.HE)).isEqualTo(1.5f);
		assertThat(valueOf("good", "good very", TextLanguage.EN)).isEqualTo(1f);
		assertThat(valueOf("good", "not very good", TextLanguage.EN)).isEqualTo(-1.5f);
	}

	@Test
	void negatedWordsTurnTheirCharacterNgramsToo() {
		var config = new FeatureConfig(20, 3, 4, false);
		var plain = features("good", TextLanguage.EN, config);
		var negated = features("not good", TextLanguage.EN, config);
		plain.forEach((bucket, value) -> assertThat(negated.get(bucket)).isEqualTo(-value));
	}

	@Test
	void anIntensifierIsNoFeatureOfItsOwn() {
		assertThat(features("very good", TextLanguage.EN, WORDS)).hasSize(1);
		assertThat(features("good", TextLanguage.EN, WORDS)).hasSize(1);
	}

	@Test
	void emojiAndExclamationsAreFeatures() {
		assertThat(features("😡", TextLanguage.EN, WORDS)).hasSize(1);
		assertThat(features("ok !", TextLanguage.EN, WORDS)).hasSize(2);
	}

	@Test
	void characterNgramsCatchInflections() {
		var config = new FeatureConfig(20, 3, 4, false);
		var a = features("delivered", TextLanguage.EN, config).keySet();
		var b = features("delivery", TextLanguage.EN, config).keySet();
		assertThat(a).containsAnyElementsOf(b);
	}

	@Test
	void normalisedSpellingsGiveTheSameFeatures() {
		var config = new FeatureConfig(20, 3, 5, true);
		assertThat(features("كيفية جيدة", TextLanguage.AR, config))
			.isEqualTo(features("کیفیه جیده", TextLanguage.AR, config));
	}

	@Test
	void emptyTextHasTheBiasFeatureOnly() {
		assertThat(features("   ", TextLanguage.EN, WORDS)).hasSize(1);
	}
}
