package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerCodesTests {

	@Test
	void givesDenseCodesInTheOrderFirstSeenAndFindsThemAgain() {
		CustomerCodes codes = new CustomerCodes();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		assertThat(codes.encode(a)).isZero();
		assertThat(codes.encode(b)).isEqualTo(1);
		assertThat(codes.encode(a)).isZero();
		assertThat(codes.size()).isEqualTo(2);
		assertThat(codes.codeOf(b)).isEqualTo(1);
		assertThat(codes.codeOf(UUID.randomUUID())).isEqualTo(CustomerCodes.NONE);
		assertThat(codes.codeOf(null)).isEqualTo(CustomerCodes.NONE);
		assertThat(codes.id(1)).isEqualTo(b);
		assertThatThrownBy(() -> codes.id(2)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void agreesWithAHashMapOverManyIdsIncludingOnesThatCollide() {
		CustomerCodes codes = new CustomerCodes();
		Map<UUID, Integer> expected = new HashMap<>();
		List<UUID> ids = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 100_000; i++) {
			// every fourth id shares its high bits with another: the mix must still tell them apart
			UUID id = i % 4 == 3 ? new UUID(ids.get(i - 1).getMostSignificantBits(), random.nextLong())
					: new UUID(random.nextLong(), random.nextLong());
			ids.add(id);
			expected.putIfAbsent(id, expected.size());
			assertThat(codes.encode(id)).isEqualTo(expected.get(id));
		}
		assertThat(codes.size()).isEqualTo(expected.size());
		for (UUID id : ids) {
			assertThat(codes.codeOf(id)).isEqualTo(expected.get(id));
			assertThat(codes.id(codes.codeOf(id))).isEqualTo(id);
		}
		assertThat(codes.codeOf(new UUID(1, 2))).isEqualTo(CustomerCodes.NONE);
	}
}
