package io.tajriba.customers.domain;

import java.time.Instant;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChurnRuleTests {

	static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

	@Test
	void aCustomerChurnsOnTheDayTheInactivityPeriodEnds() {
		ChurnRule rule = new ChurnRule(90);
		assertThat(rule.churnedAt(Instant.parse("2026-08-25T00:00:00Z"), NOW)).isEqualTo("2026-11-23T00:00:00Z");
		assertThat(rule.churnedAt(Instant.parse("2026-08-25T00:00:01Z"), NOW)).isNull();
		assertThat(rule.churnedAt(Instant.parse("2025-01-01T00:00:00Z"), NOW)).isEqualTo("2025-04-01T00:00:00Z");
		assertThat(rule.churnedAt(null, NOW)).isNull();
	}

	@Test
	void theRuleKeepsToSensibleBounds() {
		assertThat(ChurnRule.DEFAULT.inactivityDays()).isEqualTo(180);
		assertThatThrownBy(() -> new ChurnRule(0)).isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("between 1 and 3650");
		assertThatThrownBy(() -> new ChurnRule(4000)).isInstanceOf(InvalidFieldException.class);
	}
}
