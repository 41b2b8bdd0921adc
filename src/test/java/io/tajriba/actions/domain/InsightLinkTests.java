package io.tajriba.actions.domain;

import org.junit.jupiter.api.Test;

import static io.tajriba.actions.domain.ActionTests.assertField;
import static org.assertj.core.api.Assertions.assertThat;

/** The references an action keeps to the insight it came from, as other pages link with them. */
class InsightLinkTests {

	@Test
	void aPainPointNamesItsTouchpointOrStage() {
		InsightLink touchpoint = InsightLink.of("pain_point", "touchpoint:IVR billing", " IVR billing ");
		assertThat(touchpoint.touchpoint()).isEqualTo("IVR billing");
		assertThat(touchpoint.stage()).isNull();
		assertThat(touchpoint.label()).isEqualTo("IVR billing");
		InsightLink stage = InsightLink.of("pain_point", "stage:use", null);
		assertThat(stage.stage()).isEqualTo("use");
		assertThat(stage.shown()).isEqualTo("stage:use");
		assertField(() -> InsightLink.of("pain_point", "IVR billing", null), "insight.ref");
		assertField(() -> InsightLink.of("pain_point", "touchpoint: ", null), "insight.ref");
	}

	@Test
	void aDriverNamesItsSurveyAndKey() {
		assertThat(InsightLink.of("driver", "2f1c9e1e-0000-4000-8000-000000000001:support", "Support").ref())
			.endsWith(":support");
		assertField(() -> InsightLink.of("driver", "support", null), "insight.ref");
		assertField(() -> InsightLink.of("driver", "survey:", null), "insight.ref");
	}

	@Test
	void kindAndReferenceGoTogether() {
		assertThat(InsightLink.of(null, " ", "label")).isNull();
		assertField(() -> InsightLink.of("complaint", "delivery", null), "insight.kind");
		assertField(() -> InsightLink.of(null, "delivery", null), "insight.kind");
		assertField(() -> InsightLink.of("theme", null, null), "insight.ref");
		assertField(() -> InsightLink.of("theme", "x".repeat(301), null), "insight.ref");
		assertField(() -> InsightLink.of("theme", "delivery", "x".repeat(301)), "insight.label");
		assertThat(InsightLink.of("root_cause", "payment", null).touchpoint()).isNull();
	}
}
