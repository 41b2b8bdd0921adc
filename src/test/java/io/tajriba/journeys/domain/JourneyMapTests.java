package io.tajriba.journeys.domain;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyMapTests {

	@Test
	void templateHasTheSevenStagesInOrderInFourLanguages() {
		JourneyMap map = JourneyMap.template();
		assertThat(map.stages()).map(Stage::key)
			.containsExactly("awareness", "discovery", "interest", "consideration", "action", "use", "advocacy");
		assertThat(map.stage(4).name().in("en")).isEqualTo("Action (purchase)");
		assertThat(map.stage(4).name().in("fa")).isEqualTo("اقدام (خرید)");
		assertThat(map.stage(0).name().in("ar")).isEqualTo("الوعي");
		assertThat(map.stage(5).name().in("he")).isEqualTo("שימוש");
		for (Stage stage : map.stages()) {
			for (String language : List.of("fa", "ar", "he")) {
				assertThat(stage.name().in(language)).isNotEqualTo(stage.name().en());
				assertThat(stage.intendedExperience().in(language)).isNotEqualTo(stage.intendedExperience().en());
			}
		}
		assertThat(map.name().in("he")).isEqualTo("מסע הלקוח");
	}

	@Test
	void missingTranslationFallsBackToEnglish() {
		LocalizedText text = new LocalizedText("Checkout", null, "", "קופה");
		assertThat(text.in("fa")).isEqualTo("Checkout");
		assertThat(text.in("ar")).isEqualTo("Checkout");
		assertThat(text.in("he")).isEqualTo("קופה");
		assertThat(text.in(null)).isEqualTo("Checkout");
		assertThat(text.fa()).isEmpty();
		assertThat(new LocalizedText(" ", "x", "y", "z").blank()).isTrue();
		assertThatThrownBy(() -> Stage.of("a", " ", "")).hasMessageContaining("English name");
		assertThatThrownBy(() -> new JourneyMap(LocalizedText.of(""), List.of(Stage.of("a", "A", ""))))
			.hasMessageContaining("English name");
	}

	@Test
	void stagesAreRenamedAndGivenTargetsByKey() {
		JourneyMap map = JourneyMap.template();
		Stage renamed = map.stage(1).withName(new LocalizedText("Search", "جستجو", "البحث", "חיפוש"))
			.withTargets(new StageTargets(40.0, null, null, null, 48.0));
		JourneyMap changed = map.with(renamed);
		assertThat(changed.stage(1).name().in("fa")).isEqualTo("جستجو");
		assertThat(changed.stage(1).targets().of(Kpi.CONVERSION)).isEqualTo(40.0);
		assertThat(changed.stage(1).targets().of(Kpi.CSAT)).isNull();
		assertThat(changed.indexOf("discovery")).isEqualTo(1);
		assertThat(map.stage(1).name().en()).isEqualTo("Discovery");
		assertThatThrownBy(() -> map.with(Stage.of("unknown", "U", "u"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesBadMaps() {
		Stage a = Stage.of("a", "A", "");
		assertThatThrownBy(() -> new JourneyMap(LocalizedText.of("m"), List.of()))
			.hasMessageContaining("1 to 20 stages");
		assertThatThrownBy(() -> new JourneyMap(LocalizedText.of("m"), List.of(a, Stage.of("a", "Again", ""))))
			.hasMessageContaining("appears twice");
		List<Stage> many = IntStream.range(0, 21).mapToObj(i -> Stage.of("s" + i, "S", "")).toList();
		assertThatThrownBy(() -> new JourneyMap(LocalizedText.of("m"), many)).hasMessageContaining("1 to 20");
		assertThat(new JourneyMap(LocalizedText.of("m"), many.subList(0, 20)).size()).isEqualTo(20);
	}

	@Test
	void refusesBadStagesAndTargets() {
		assertThatThrownBy(() -> Stage.of("Has Space", "x", "")).hasMessageContaining("stage key");
		assertThatThrownBy(() -> Stage.of("a", "x", "").withTouchpoints(List.of("checkout", "checkout")))
			.hasMessageContaining("distinct");
		assertThatThrownBy(() -> new StageTargets(120.0, null, null, null, null))
			.hasMessageContaining("conversionPercent");
		assertThatThrownBy(() -> new StageTargets(null, null, 0.5, null, null)).hasMessageContaining("cesMean");
		assertThatThrownBy(() -> new StageTargets(null, null, null, null, -1.0)).hasMessageContaining("medianHours");
		assertThatThrownBy(() -> new StageTargets(null, Double.NaN, null, null, null))
			.hasMessageContaining("csatPercent");
	}
}
