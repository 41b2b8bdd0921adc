package io.tajriba.journeys.domain;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Maps are stored and sent as JSON as they are: plain records of strings, lists and numbers. */
class JourneyMapJsonTests {

	private final ObjectMapper json = JsonMapper.builder().build();

	@Test
	void templateWithTargetsSurvivesJson() {
		JourneyMap map = JourneyMap.template().with(JourneyMap.template().stage(4)
			.withTargets(new StageTargets(30.0, 85.0, null, null, 48.0)));
		String text = json.writeValueAsString(map);
		assertThat(json.readValue(text, JourneyMap.class)).isEqualTo(map);
		assertThat(text).contains("\"key\":\"action\"", "\"conversionPercent\":30.0", "\"he\":\"מסע הלקוח\"")
			.doesNotContain("blank");
	}
}
