package io.tajriba.customers.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeTableTests {

	@Test
	void scalarsAsTheyAreNestedValuesAsJson() {
		var table = AttributeTable.of("""
				{"city":"تهران","age":35,"vip":true,"tags":["video","tutorials"],"address":{"zip":"1234"},"none":null}""");
		assertThat(table).containsExactly(java.util.Map.entry("city", "تهران"), java.util.Map.entry("age", "35"),
				java.util.Map.entry("vip", "true"), java.util.Map.entry("tags", "[\"video\",\"tutorials\"]"),
				java.util.Map.entry("address", "{\"zip\":\"1234\"}"), java.util.Map.entry("none", "null"));
	}

	@Test
	void nothingOrNoObjectGivesNoRows() {
		assertThat(AttributeTable.of(null)).isEmpty();
		assertThat(AttributeTable.of("{}")).isEmpty();
		assertThat(AttributeTable.of("[1,2]")).isEmpty();
	}
}
