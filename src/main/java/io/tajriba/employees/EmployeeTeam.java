package io.tajriba.employees;

import java.util.List;

/** A team of employees, within its department, and the journey stages (their keys) it serves. */
public record EmployeeTeam(String name, String department, List<String> stages) {

	public EmployeeTeam {
		stages = List.copyOf(stages);
	}
}
