package io.tajriba.reports;

import io.tajriba.reports.domain.ProportionChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProportionChangeTests {

	@Test
	void thePooledTwoProportionTest() {
		// 45 of 50 against 30 of 50: pooled 0.75, se 0.0866, z 3.464, p 0.00053
		assertThat(ProportionChange.pValue(45, 50, 30, 50)).isCloseTo(0.000532, within(0.00001));
		assertThat(ProportionChange.significant(45, 50, 30, 50)).isTrue();
		// 8 of 10 against 7 of 10: z 0.52, p 0.6
		assertThat(ProportionChange.significant(8, 10, 7, 10)).isFalse();
	}

	@Test
	void noCasesOrUnanimityTestsNothing() {
		assertThat(ProportionChange.pValue(0, 0, 3, 5)).isEqualTo(1);
		assertThat(ProportionChange.pValue(5, 5, 9, 9)).isEqualTo(1);
	}
}
