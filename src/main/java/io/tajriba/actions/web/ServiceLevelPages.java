package io.tajriba.actions.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.internal.WorkTime;
import io.tajriba.actions.internal.WorkTimeSettings;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's service levels in a form: shifts per weekday, holidays one a line ("persian 01-01 Nowruz"),
 * targets per priority in business hours, quiet hours. Read through the same parsing as the API; owners and admins
 * change them, a refused value is named with everything typed kept.
 */
@Controller
class ServiceLevelPages {

	private final Workspaces workspaces;
	private final WorkTime workTime;
	private final WorkTimeSettings settings;

	ServiceLevelPages(Workspaces workspaces, WorkTime workTime, WorkTimeSettings settings) {
		this.workspaces = workspaces;
		this.workTime = workTime;
		this.settings = settings;
	}

	@GetMapping("/settings/service-levels")
	String page(Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		return show(model, form(BusinessHoursApi.body(workTime.settings(workspace.id()), workspace)));
	}

	@PostMapping("/settings/service-levels")
	String save(@RequestParam MultiValueMap<String, String> form, Model model) {
		Access admin = workspaces.requireAdmin();
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((k, v) -> typed.put(k, String.join(",", v)));
		try {
			Workspace workspace = workspaces.workspace(admin.workspaceId());
			settings.save(admin, BusinessHoursApi.parse(body(form, workspace), workspace));
			model.addAttribute("saved", true);
			return page(model);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return show(model, typed);
		}
	}

	private String show(Model model, Map<String, String> form) {
		model.addAttribute("form", form);
		model.addAttribute("days", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
			.map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
		model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::id).toList());
		model.addAttribute("canAdminister", workspaces.current().role().canAdminister());
		return "actions/service-levels";
	}

	/** The settings as the form's fields. */
	private static Map<String, String> form(BusinessHoursApi.Body b) {
		Map<String, String> f = new LinkedHashMap<>();
		b.week().forEach((day, shifts) -> f.put("day." + day, String.join(", ", shifts)));
		f.put("holidays", String.join("\n", b.holidays().stream()
			.map(h -> h.calendar() + " " + h.date() + (h.name() == null || h.name().isEmpty() ? "" : " " + h.name()))
			.toList()));
		b.targets().forEach((p, t) -> {
			f.put("first." + p, number(t.firstResponseHours()));
			f.put("resolution." + p, number(t.resolutionHours()));
		});
		f.put("quietHours", b.quietHours() == null ? "" : b.quietHours());
		return f;
	}

	/** The form read into the body the API takes. */
	private static BusinessHoursApi.Body body(MultiValueMap<String, String> form, Workspace workspace) {
		Map<String, List<String>> week = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("day.") && !values.getFirst().isBlank()) {
				week.put(key.substring(4), Arrays.stream(values.getFirst().split(",")).map(String::strip)
					.filter(s -> !s.isEmpty()).toList());
			}
		});
		List<BusinessHoursApi.HolidayBody> holidays = new ArrayList<>();
		String text = form.getFirst("holidays");
		for (String line : (text == null ? "" : text).split("\\R")) {
			String[] parts = line.strip().split("\\s+", 3);
			if (parts.length >= 2) {
				holidays.add(new BusinessHoursApi.HolidayBody(parts[0], parts[1], parts.length == 3 ? parts[2] : ""));
			}
			else if (!line.isBlank()) {
				throw new InvalidFieldException("holidays", "each line must read: calendar date name");
			}
		}
		Map<String, BusinessHoursApi.TargetBody> targets = new LinkedHashMap<>();
		for (Priority p : Priority.values()) {
			targets.put(p.id(), new BusinessHoursApi.TargetBody(hours(form, "first." + p.id()),
					hours(form, "resolution." + p.id())));
		}
		return new BusinessHoursApi.Body(workspace.timeZone().getId(), true, week, holidays, targets,
				form.getFirst("quietHours"));
	}

	private static Double hours(MultiValueMap<String, String> form, String key) {
		String value = form.getFirst(key);
		try {
			return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(key, "must be a number of hours");
		}
	}

	private static String number(Double hours) {
		return hours == Math.rint(hours) ? String.valueOf(hours.longValue()) : String.valueOf(hours);
	}
}
