package io.tajriba.personas.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonaDomainTests {

	static final List<String> FEATURES = List.of("purchases", "avgOrder", "support", "channelShare.app",
			"channelShare.store", "channelShare.email");

	static CustomerFeatures customer(Map<String, Double> numbers, Map<String, String> texts) {
		return new CustomerFeatures(UUID.randomUUID(), numbers, texts);
	}

	@Test
	void conditionsOnBehaviourAndAttributes() {
		var anne = customer(Map.of("purchases", 4.0, "channelShare.app", 0.7, "attributes.age", 35.0),
				Map.of("attributes.city", "Tehran", "preferredChannel", "app"));
		assertThat(new PersonaCondition("channelShare.app", "gte", List.of("0.5")).holds(anne)).isTrue();
		assertThat(new PersonaCondition("channelShare.store", "gte", List.of("0.1")).holds(anne)).isFalse();
		assertThat(new PersonaCondition("attributes.city", "in", List.of("Shiraz", "tehran")).holds(anne)).isTrue();
		assertThat(new PersonaCondition("attributes.age", "between", List.of("30", "39")).holds(anne)).isTrue();
		assertThat(new PersonaCondition("attributes.age", "eq", List.of("35")).holds(anne)).isTrue();
		assertThat(new PersonaCondition("preferredChannel", "eq", List.of("web")).holds(anne)).isFalse();
		assertThat(new PersonaCondition("revenue", "gte", List.of("0")).holds(anne)).isFalse();
		var rule = new PersonaRule(List.of(new PersonaCondition("purchases", "gte", List.of("3")),
				new PersonaCondition("preferredChannel", "eq", List.of("app"))));
		assertThat(rule.matches(anne)).isTrue();
		assertThat(new PersonaRule(List.of()).matches(anne)).isFalse();
	}

	@Test
	void conditionsOnAnswers() {
		var sam = new CustomerFeatures(UUID.randomUUID(), Map.of("nps", 6.0, "csat", 2.0), Map.of(),
				Map.of("emotion", java.util.Set.of("frustrated", "confused")));
		var kim = new CustomerFeatures(UUID.randomUUID(), Map.of("nps", 9.0), Map.of());
		var detractor = new PersonaCondition("nps", "lte", List.of("6"));
		assertThat(detractor.holds(sam)).isTrue();
		assertThat(detractor.holds(kim)).isFalse();
		var unanswered = new PersonaCondition("ces", "gte", List.of("1"));
		assertThat(unanswered.holds(sam)).isFalse();
		var upset = new PersonaCondition("emotion", "in", List.of("Angry", "FRUSTRATED"));
		assertThat(upset.holds(sam)).isTrue();
		assertThat(upset.holds(kim)).isFalse();
		assertThat(new PersonaCondition("emotion", "eq", List.of("confused")).holds(sam)).isTrue();
		assertThatThrownBy(() -> new PersonaCondition("emotion", "between", List.of("1", "2")))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("rule.op");
	}

	@Test
	void badConditionsNameWhatIsWrong() {
		assertThatThrownBy(() -> new PersonaCondition("favouriteColour", "eq", List.of("red")))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("rule.field");
		assertThatThrownBy(() -> new PersonaCondition("revenue", "around", List.of("3")))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("rule.op");
		assertThatThrownBy(() -> new PersonaCondition("revenue", "between", List.of("3")))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("takes 2 values");
		assertThatThrownBy(() -> new PersonaCondition("revenue", "gte", List.of("lots")))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("not a number");
	}

	/** Three planted kinds of customer: app regulars, store loyalists with big baskets, e-mail bargain hunters. */
	static List<CustomerFeatures> planted(int each, long seed) {
		Random random = new Random(seed);
		List<CustomerFeatures> all = new ArrayList<>();
		for (int i = 0; i < each; i++) {
			all.add(customer(Map.of("purchases", 12 + random.nextGaussian() * 2, "avgOrder", 30 + random.nextGaussian() * 5,
					"support", 1.0, "channelShare.app", 0.7 + random.nextGaussian() * 0.05, "channelShare.store", 0.05,
					"channelShare.email", 0.1), Map.of()));
			all.add(customer(Map.of("purchases", 4 + random.nextGaussian(), "avgOrder", 150 + random.nextGaussian() * 20,
					"support", 3.0, "channelShare.app", 0.0, "channelShare.store", 0.7 + random.nextGaussian() * 0.05,
					"channelShare.email", 0.1), Map.of()));
			all.add(customer(Map.of("purchases", 6 + random.nextGaussian(), "avgOrder", 20 + random.nextGaussian() * 3,
					"support", 0.5, "channelShare.app", 0.05, "channelShare.store", 0.05,
					"channelShare.email", 0.6 + random.nextGaussian() * 0.05), Map.of()));
		}
		return all;
	}

	@Test
	void kMeansFindsThePlantedGroupsAndDescribesThem() {
		List<CustomerFeatures> customers = planted(200, 3);
		List<Suggestion> suggestions = new Clustering(FEATURES, 42).suggest(customers);
		assertThat(suggestions).hasSize(3);
		assertThat(suggestions).allSatisfy(s -> assertThat(s.customers()).isEqualTo(200));
		assertThat(suggestions).anySatisfy(s -> assertThat(s.means().get("channelShare.app")).isGreaterThan(0.6));
		assertThat(suggestions).anySatisfy(s -> assertThat(s.means().get("avgOrder")).isGreaterThan(130));
		assertThat(suggestions).anySatisfy(s -> assertThat(s.means().get("channelShare.email")).isGreaterThan(0.5));
		// each derived rule picks out its own group far more than the others
		for (Suggestion s : suggestions) {
			long matched = customers.stream().filter(s.rule()::matches).count();
			assertThat(s.rule().conditions()).isNotEmpty();
			assertThat(matched).as(s.rule().toString()).isBetween(150L, 260L);
		}
		assertThat(new Clustering(FEATURES, 42).suggest(customers)).isEqualTo(suggestions);
	}

	@Test
	void tooFewCustomersGiveNoSuggestion() {
		assertThat(new Clustering(FEATURES, 1).suggest(planted(5, 1))).isEmpty();
	}

	@Test
	void rulesAreWrittenAsLinesOfText() {
		var conditions = RuleText.parse("channelShare.app gte 0.5\n\n attributes.city in Tehran, Shiraz \n");
		assertThat(conditions).containsExactly(new PersonaCondition("channelShare.app", "gte", List.of("0.5")),
				new PersonaCondition("attributes.city", "in", List.of("Tehran", "Shiraz")));
		assertThat(RuleText.format(conditions)).isEqualTo("channelShare.app gte 0.5\nattributes.city in Tehran, Shiraz");
		assertThat(RuleText.parse("  ")).isEmpty();
		assertThatThrownBy(() -> RuleText.parse("purchases 3")).isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("line 1");
	}
}
