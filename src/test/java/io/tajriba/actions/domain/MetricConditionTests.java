package io.tajriba.actions.domain;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricConditionTests {

	static MetricCondition below(double threshold) {
		return new MetricCondition("nps", "touchpoint", "IVR billing", 7, "below", threshold, 30);
	}

	@Test
	void belowFiresOnlyWhenTheWholeIntervalIsUnderTheThreshold() {
		// NPS -12 with interval -25..1 reaches 0: not beyond doubt; -12 with -22..-2 is
		assertThat(below(0).decide(new MetricCondition.Figure(80, -12, -25, 1), null, null).fires()).isFalse();
		MetricCondition.Verdict fired = below(0).decide(new MetricCondition.Figure(120, -12, -22, -2), null, null);
		assertThat(fired.fires()).isTrue();
		assertThat(fired.reason()).contains("NPS -12.0", "-22.0 to -2.0", "n = 120", "below 0");
	}

	@Test
	void neverWithFewerAnswersThanTheMinimum() {
		assertThat(below(0).decide(new MetricCondition.Figure(29, -60, -90, -30), null, null).fires()).isFalse();
		MetricCondition drop = new MetricCondition("csat", "all", null, 7, "drop", 0, 30);
		// a significant fall, but the window before had too few answers to compare with
		assertThat(drop.decide(new MetricCondition.Figure(200, 60, 53, 66), new MetricCondition.Figure(20, 85, 64, 95),
				0.001).fires()).isFalse();
	}

	@Test
	void dropFiresOnASignificantFallOnly() {
		MetricCondition drop = new MetricCondition("nps", "touchpoint", "IVR billing", 7, "drop", 0, 30);
		MetricCondition.Figure before = new MetricCondition.Figure(150, 20, 9, 31);
		assertThat(drop.decide(new MetricCondition.Figure(140, -5, -17, 7), before, 0.004).fires()).isTrue();
		assertThat(drop.decide(new MetricCondition.Figure(140, 12, 0, 24), before, 0.31).fires()).isFalse();
		// significant, but upwards
		assertThat(drop.decide(new MetricCondition.Figure(140, 40, 29, 51), before, 0.01).fires()).isFalse();
	}

	@Test
	void badSettingsNameTheirField() {
		assertThatThrownBy(() -> new MetricCondition("roi", "all", null, 7, "below", 0, 30))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("metric.metric");
		assertThatThrownBy(() -> new MetricCondition("nps", "touchpoint", null, 7, "below", 0, 30))
			.extracting("field").isEqualTo("metric.value");
		assertThatThrownBy(() -> new MetricCondition("nps", "all", null, 0, "below", 0, 30))
			.extracting("field").isEqualTo("metric.windowDays");
		assertThatThrownBy(() -> new MetricCondition("csat", "all", null, 7, "below", 120, 30))
			.extracting("field").isEqualTo("metric.threshold");
		assertThatThrownBy(() -> new MetricCondition("ces", "all", null, 7, "sideways", 0, 30))
			.extracting("field").isEqualTo("metric.mode");
		assertThatThrownBy(() -> new MetricCondition("ces", "all", null, 7, "drop", 0, 2))
			.extracting("field").isEqualTo("metric.minimum");
	}
}
