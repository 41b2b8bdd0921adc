package io.tajriba.employees.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.employees.Employee;
import io.tajriba.employees.EmployeeDirectory;
import io.tajriba.employees.EmployeeRules;
import io.tajriba.employees.internal.EmployeeSettingsStore;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory page (the employees, filtered by team, the teams, and the upload of a directory file, which the
 * imports module takes at {@code POST /employees/import}) and the page of the anonymity rules.
 */
@Controller
class EmployeePages {

	private final Workspaces workspaces;
	private final EmployeeDirectory directory;
	private final EmployeeSettingsStore settings;
	private final AccessAdministration administration;

	EmployeePages(Workspaces workspaces, EmployeeDirectory directory, EmployeeSettingsStore settings,
			AccessAdministration administration) {
		this.workspaces = workspaces;
		this.directory = directory;
		this.settings = settings;
		this.administration = administration;
	}

	@GetMapping("/employees")
	String directory(@RequestParam(required = false) @Nullable String team, Model model) {
		UUID workspaceId = workspaces.current().workspaceId();
		String chosen = team == null || team.isBlank() ? null : team.strip();
		List<Employee> all = directory.list(workspaceId);
		Map<String, String> names = all.stream().collect(Collectors.toMap(Employee::id, Employee::name, (a, b) -> a));
		model.addAttribute("employees", all.stream().filter(e -> chosen == null || e.team().equals(chosen)).toList());
		model.addAttribute("total", all.size());
		model.addAttribute("team", chosen);
		model.addAttribute("teams", directory.teams(workspaceId));
		model.addAttribute("teamSizes", all.stream().collect(Collectors.groupingBy(Employee::team, Collectors.counting())));
		model.addAttribute("managers", names);
		model.addAttribute("members", administration.membersOf(workspaceId).stream()
			.collect(Collectors.toMap(m -> m.userId(), Function.identity())));
		return "employees/directory";
	}

	@GetMapping("/employees/settings")
	String settings(Model model) {
		if (!model.containsAttribute("rules")) {
			model.addAttribute("rules", EmployeeApi.Settings.of(settings.rules(workspaces.current().workspaceId())));
		}
		return "employees/settings";
	}

	@PostMapping("/employees/settings")
	String saveSettings(@RequestParam String anonymityThreshold, @RequestParam String promoterMin,
			@RequestParam String detractorMax, RedirectAttributes flash) {
		UUID workspaceId = workspaces.current().workspaceId();
		try {
			settings.save(workspaceId, new EmployeeRules(number("anonymityThreshold", anonymityThreshold),
					number("promoterMin", promoterMin), number("detractorMax", detractorMax)));
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/employees/settings";
	}

	private static int number(String field, String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(field, "must be a whole number");
		}
	}
}
