package io.tajriba.employees.domain;

import java.util.List;

import io.tajriba.employees.EmployeeTeam;
import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployeeRowTests {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	@Test
	void aRowIsStrippedAndKnowsWhichFieldsItGives() {
		EmployeeRow row = EmployeeRow.parse(json("""
				{"id":" e-1 ","name":"Sara","team":"Care","email":" sara@example.com ","language":"FA","active":"no",
				 "location":""}"""));
		assertThat(row.id()).isEqualTo("e-1");
		assertThat(row.email()).isEqualTo("sara@example.com");
		assertThat(row.language()).isEqualTo("fa");
		assertThat(row.active()).isFalse();
		assertThat(row.location()).isNull();
		assertThat(row.gives("location")).isTrue();
		assertThat(row.gives("manager")).isFalse();
		assertThat(row.department()).isNull();
	}

	@Test
	void eachBadFieldIsNamed() {
		assertField("{\"name\":\"S\",\"team\":\"T\"}", "id");
		assertField("{\"id\":\"e\",\"team\":\"T\"}", "name");
		assertField("{\"id\":\"e\",\"name\":\"S\"}", "team");
		assertField("{\"id\":\"e\",\"name\":\"S\",\"team\":\"T\",\"email\":\"sara at example\"}", "email");
		assertField("{\"id\":\"e\",\"name\":\"S\",\"team\":\"T\",\"language\":\"de\"}", "language");
		assertField("{\"id\":\"e\",\"name\":\"S\",\"team\":\"T\",\"active\":\"sometimes\"}", "active");
		assertField("{\"id\":\"e\",\"name\":\"S\",\"team\":\"T\",\"manager\":\"e\"}", "manager");
		assertField("{\"id\":\"e\",\"name\":\"S\",\"team\":\"" + "x".repeat(121) + "\"}", "team");
	}

	@Test
	void aTeamsStagesAreKeysWithoutRepeats() {
		EmployeeTeam team = TeamInput.parse(json("{\"name\":\" Care \",\"department\":\"Service\",\"stages\":[\"use\",\" use\",\"\",\"advocacy\"]}"));
		assertThat(team).isEqualTo(new EmployeeTeam("Care", "Service", List.of("use", "advocacy")));
		assertThatThrownBy(() -> TeamInput.parse(json("{\"name\":\"C\",\"department\":\"S\",\"stages\":[1]}")))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("stages"));
		assertThatThrownBy(() -> TeamInput.checked(new EmployeeTeam(" ", "S", List.of())))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
	}

	static void assertField(String row, String field) {
		assertThatThrownBy(() -> EmployeeRow.parse(json(row)))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
	}
}
