package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import io.tajriba.quality.domain.StratifiedSample.Pick;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The weekly sample's allocation and draw, on strata of calls, chats and e-mails worked out by hand. */
class StratifiedSampleTests {

	static Map<String, List<String>> strata(int... sizes) {
		String[] names = { "call", "chat", "email", "other" };
		Map<String, List<String>> strata = new LinkedHashMap<>();
		for (int h = 0; h < sizes.length; h++) {
			String name = names[h];
			strata.put(name, IntStream.range(0, sizes[h]).mapToObj(i -> name + "-" + i).toList());
		}
		return strata;
	}

	static Map<String, Integer> sizes(int... sizes) {
		Map<String, Integer> map = new HashMap<>();
		strata(sizes).forEach((key, items) -> map.put(key, items.size()));
		return map;
	}

	@Test
	void theAllocationIsProportionalByLargestRemainders() {
		// 6 of 50 calls, 30 chats, 20 e-mails: quotas 3, 1.8, 1.2; floors 3 + 1 + 1, the sixth to the chats (0.8)
		assertThat(StratifiedSample.allocate(6, sizes(50, 30, 20))).containsEntry("call", 3).containsEntry("chat", 2)
			.containsEntry("email", 1);
		// 10 of 47, 31, 22: quotas 4.7, 3.1, 2.2; floors 4 + 3 + 2 = 9, the largest remainder (0.7) gets the tenth
		assertThat(StratifiedSample.allocate(10, sizes(47, 31, 22))).containsEntry("call", 5).containsEntry("chat", 3)
			.containsEntry("email", 2);
	}

	@Test
	void everyNonEmptyStratumGetsOneWhenNAllowsAndNoneMoreThanItHolds() {
		// quotas 4.9, 0.05, 0.05 of 5 from 98, 1, 1: each small stratum raised to one, the calls get the other 3
		assertThat(StratifiedSample.allocate(5, sizes(98, 1, 1))).containsEntry("call", 3).containsEntry("chat", 1)
			.containsEntry("email", 1);
		// 5 of 60, 30, 10: the e-mails' quota 0.5 raised to one; the other 4 shared as 2.67 and 1.33 → 3 and 1
		assertThat(StratifiedSample.allocate(5, sizes(60, 30, 10))).containsEntry("call", 3).containsEntry("chat", 1)
			.containsEntry("email", 1);
		// fewer picks than strata: the largest strata get them, the empty one nothing
		assertThat(StratifiedSample.allocate(2, sizes(50, 30, 20, 0))).containsEntry("call", 1)
			.containsEntry("chat", 1).containsEntry("email", 0).containsEntry("other", 0);
		// n at least the whole population: everything, never more than a stratum holds
		assertThat(StratifiedSample.allocate(5, sizes(2, 1, 0))).containsEntry("call", 2).containsEntry("chat", 1)
			.containsEntry("email", 0);
		assertThat(StratifiedSample.allocate(0, sizes(10, 10))).containsEntry("call", 0).containsEntry("chat", 0);
	}

	@Test
	void anyAllocationSumsToNWithinTheStrataAndWithinOneOfItsQuota() {
		Random random = new Random(7);
		for (int trial = 0; trial < 2_000; trial++) {
			int[] sizes = IntStream.range(0, 1 + random.nextInt(4)).map(h -> random.nextInt(40)).toArray();
			int total = IntStream.of(sizes).sum();
			int n = random.nextInt(30);
			Map<String, Integer> allocation = StratifiedSample.allocate(n, sizes(sizes));
			assertThat(allocation.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Math.min(n, total));
			long nonEmpty = IntStream.of(sizes).filter(s -> s > 0).count();
			int h = 0;
			for (int size : sizes) {
				int given = allocation.get(List.copyOf(strata(sizes).keySet()).get(h++));
				assertThat(given).isBetween(0, size);
				if (n >= nonEmpty && size > 0) {
					assertThat(given).isPositive();
				}
				if (n < total && n >= 0 && allocation.values().stream().noneMatch(v -> v == 1)) {
					// no stratum was raised to one: each share is its quota rounded up or down
					assertThat((double) given).isCloseTo((double) n * size / total, within(1.0));
				}
			}
		}
	}

	@Test
	void theDrawHasNoDuplicatesTakesTheAllocationAndTheSameSeedDrawsTheSame() {
		Map<String, List<String>> strata = strata(60, 30, 10);
		List<Pick> picks = StratifiedSample.draw(5, strata, 42);
		assertThat(picks).hasSize(5);
		assertThat(picks.stream().map(Pick::item).distinct()).hasSize(5);
		assertThat(picks).filteredOn(p -> p.stratum().equals("call")).hasSize(3)
			.allSatisfy(p -> assertThat(p.item()).startsWith("call-"));
		assertThat(picks).filteredOn(p -> p.stratum().equals("email")).singleElement()
			.satisfies(p -> assertThat(p.stratumSize()).isEqualTo(10));
		// handed over in another order, the same seed draws the same; another seed (almost surely) not
		Map<String, List<String>> shuffled = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(strata.keySet());
		java.util.Collections.reverse(keys);
		for (String key : keys) {
			List<String> items = new ArrayList<>(strata.get(key));
			java.util.Collections.shuffle(items, new Random(1));
			shuffled.put(key, items);
		}
		assertThat(StratifiedSample.draw(5, shuffled, 42)).isEqualTo(picks);
		assertThat(StratifiedSample.draw(5, strata, 43)).isNotEqualTo(picks);
	}

	@Test
	void theSeedComesFromItsPartsAlone() {
		long seed = StratifiedSample.seed("workspace", "2026-06-01", "agent");
		assertThat(StratifiedSample.seed("workspace", "2026-06-01", "agent")).isEqualTo(seed);
		assertThat(StratifiedSample.seed("workspace", "2026-06-08", "agent")).isNotEqualTo(seed);
		// the parts are kept apart: "ab" + "c" is not "a" + "bc"
		assertThat(StratifiedSample.seed("ab", "c")).isNotEqualTo(StratifiedSample.seed("a", "bc"));
	}

	@Test
	void everyItemOfAStratumIsIncludedWithProbabilityNhOverNh() {
		// 6 of 20 calls, 12 chats, 4 e-mails: the e-mails' quota 0.67 raised to one, the other 5 shared as 3.125 and
		// 1.875 → 3 and 2
		Map<String, List<String>> strata = strata(20, 12, 4);
		Map<String, Integer> allocation = StratifiedSample.allocate(6, sizes(20, 12, 4));
		assertThat(allocation).containsEntry("call", 3).containsEntry("chat", 2).containsEntry("email", 1);
		int runs = 40_000;
		Map<String, Integer> included = new HashMap<>();
		for (int seed = 0; seed < runs; seed++) {
			Set<String> seen = new HashSet<>();
			for (Pick pick : StratifiedSample.draw(6, strata, StratifiedSample.seed("run", String.valueOf(seed)))) {
				assertThat(seen.add(pick.item())).isTrue();
				included.merge(pick.item(), 1, Integer::sum);
			}
		}
		strata.forEach((stratum, items) -> {
			double p = (double) allocation.get(stratum) / items.size();
			// four binomial standard errors: a false alarm about once in 15,000 items
			double tolerance = 4 * Math.sqrt(p * (1 - p) / runs);
			for (String item : items) {
				assertThat((double) included.getOrDefault(item, 0) / runs).as(item).isCloseTo(p, within(tolerance));
			}
		});
	}
}
