package io.tajriba.interactions.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionRowTests {

	static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

	static InteractionRow row(String type, String channel, BigDecimal value, String currency, Integer duration) {
		return new InteractionRow("e1", "c1", type, channel, "checkout", AT, null, null, value, currency, duration,
				null, null);
	}

	@Test
	void typesAndChannelsAreNormalisedToLowerCaseWords() {
		var row = row("Support-Ticket", "Call Center", null, null, null);
		assertThat(row.type()).isEqualTo("support_ticket");
		assertThat(row.channel()).isEqualTo("call_center");
	}

	@Test
	void badValuesNameTheirField() {
		assertThatThrownBy(() -> row("buy!", "web", null, null, null)).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("type");
		assertThatThrownBy(() -> row("purchase", "w@b", null, null, null)).extracting("field").isEqualTo("channel");
		assertThatThrownBy(() -> row("purchase", "web", BigDecimal.ONE, "EURO", null)).extracting("field")
			.isEqualTo("currency");
		assertThatThrownBy(() -> row("call", "phone", null, null, -1)).extracting("field")
			.isEqualTo("durationSeconds");
		assertThatThrownBy(() -> row("purchase", "web", new BigDecimal("1e20"), "EUR", null)).extracting("field")
			.isEqualTo("value");
	}

	@Test
	void revenueCountsPurchasesAndSubtractsRefunds() {
		assertThat(row("purchase", "web", new BigDecimal("10.005"), "eur", null).revenue()).isEqualByComparingTo("10.00");
		assertThat(row("refund", "web", new BigDecimal("4"), "EUR", null).revenue()).isEqualByComparingTo("-4");
		assertThat(row("refund", "web", new BigDecimal("-4"), "EUR", null).revenue()).isEqualByComparingTo("-4");
		assertThat(row("visit", "web", new BigDecimal("4"), "EUR", null).revenue()).isEqualByComparingTo("0");
		assertThat(row("purchase", "web", null, null, null).revenue()).isEqualByComparingTo("0");
	}

	@Test
	void eventsFarInTheFutureAreRejected() {
		var row = row("visit", "web", null, null, null);
		assertThat(row.checkedAgainst(AT.minusSeconds(3600))).isSameAs(row);
		assertThatThrownBy(() -> row.checkedAgainst(AT.minusSeconds(2 * 86_400))).extracting("field")
			.isEqualTo("occurredAt");
	}
}
