package io.tajriba.text.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.TextAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionTests {

	static final List<String> TAXONOMY = List.of("delivery", "price", "staff");
	static final TextAnalysis READ = new TextAnalysis("ar", "positive", 0.4, 0.55, Map.of("joy", 0.7),
			List.of("staff"), List.of("phrase"));

	@Test
	void theAnalystsLabelsWinAndTheScoreFollowsTheLabel() {
		var correction = Correction.of("negative", List.of("frustration", "joy"), List.of("price", "delivery", "price"),
				TAXONOMY, READ);
		var corrected = correction.apply(READ);
		assertThat(corrected.sentiment()).isEqualTo("negative");
		assertThat(corrected.score()).isEqualTo(-1);
		assertThat(corrected.confidence()).isEqualTo(1);
		assertThat(corrected.emotions()).containsExactly(Map.entry("joy", 0.7), Map.entry("frustration", 1.0));
		assertThat(corrected.themes()).containsExactly("delivery", "price");
		assertThat(corrected.language()).isEqualTo("ar");
		assertThat(corrected.keyPhrases()).containsExactly("phrase");
	}

	@Test
	void whatIsLeftOutStaysAsReadAndAnAgreeingLabelKeepsTheScore() {
		var corrected = Correction.of(" positive ", null, null, TAXONOMY, READ).apply(READ);
		assertThat(corrected.score()).isEqualTo(0.4);
		assertThat(corrected.emotions()).containsOnlyKeys("joy");
		assertThat(corrected.themes()).containsExactly("staff");
		assertThat(Correction.of("neutral", List.of(), List.of(), TAXONOMY, READ).apply(READ))
			.satisfies(c -> {
				assertThat(c.score()).isZero();
				assertThat(c.emotions()).isEmpty();
				assertThat(c.themes()).isEmpty();
			});
	}

	@Test
	void badLabelsAreNamedByTheirField() {
		assertThatThrownBy(() -> Correction.of(null, null, null, TAXONOMY, READ))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("sentiment");
		assertThatThrownBy(() -> Correction.of("angry", null, null, TAXONOMY, READ))
			.extracting("field").isEqualTo("sentiment");
		assertThatThrownBy(() -> Correction.of("negative", List.of("anger", "rage"), null, TAXONOMY, READ))
			.extracting("field").isEqualTo("emotions[1]");
		java.util.List<Object> notText = new java.util.ArrayList<>();
		notText.add(null);
		assertThatThrownBy(() -> Correction.of("negative", null, notText, TAXONOMY, READ))
			.extracting("field").isEqualTo("themes[0]");
		assertThatThrownBy(() -> Correction.of("negative", null, List.of("parking"), TAXONOMY, READ))
			.extracting("field").isEqualTo("themes[0]");
	}
}
