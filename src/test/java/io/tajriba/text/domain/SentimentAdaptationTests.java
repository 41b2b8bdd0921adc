package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentAdaptationTests {

	private static final LanguageModel ENGLISH = ShippedModels.load().get(TextLanguage.EN);
	private static final String[] FILLERS = { "order 1042", "on monday", "for my sister", "at the mall branch",
			"last week", "with the voucher", "around noon", "for the office" };

	/** A workspace whose customers praise "kiwipay" and curse "blurgh fees": words the shipped model never saw. */
	static List<SentimentAdaptation.Labelled> workspaceWords() {
		var texts = new ArrayList<SentimentAdaptation.Labelled>();
		for (int i = 0; i < 60; i++) {
			var filler = FILLERS[i % FILLERS.length];
			texts.add(new SentimentAdaptation.Labelled("kiwipay checkout " + filler, true));
			texts.add(new SentimentAdaptation.Labelled("blurgh fees " + filler, false));
		}
		return texts;
	}

	@Test
	void learnsTheWorkspaceWordsAndIsKeptWhenBetter() {
		var result = SentimentAdaptation.adapt(ENGLISH, workspaceWords(), 7);
		assertThat(result.trainTexts()).isEqualTo(96);
		assertThat(result.heldOutTexts()).isEqualTo(24);
		assertThat(result.accuracyAfter()).isGreaterThan(result.accuracyBefore()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.kept()).isTrue();
		var features = new FeatureExtractor(ENGLISH.config(), Lexicon.of(TextLanguage.EN))
			.extract(new Tokens().read("blurgh fees at the airport"));
		assertThat(result.model().positive(features, 0)).isLessThan(0.5);
	}

	@Test
	void theShippedModelStaysWhenTheAdaptedOneIsNotBetter() {
		var texts = new ArrayList<SentimentAdaptation.Labelled>();
		for (int i = 0; i < 30; i++) {
			texts.add(new SentimentAdaptation.Labelled("excellent, wonderful service " + FILLERS[i % 8], true));
			texts.add(new SentimentAdaptation.Labelled("terrible, awful service " + FILLERS[i % 8], false));
		}
		var result = SentimentAdaptation.adapt(ENGLISH, texts, 7);
		assertThat(result.accuracyBefore()).isEqualTo(1.0);
		assertThat(result.kept()).isFalse();
	}

	@Test
	void tooFewRatedTextsTrainNothing() {
		var result = SentimentAdaptation.adapt(ENGLISH, workspaceWords().subList(0, 30), 7);
		assertThat(result.trainTexts()).isZero();
		assertThat(result.kept()).isFalse();
	}
}
