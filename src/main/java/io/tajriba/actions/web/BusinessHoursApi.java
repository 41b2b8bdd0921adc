package io.tajriba.actions.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.domain.BusinessHours;
import io.tajriba.actions.domain.Holiday;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.QuietHours;
import io.tajriba.actions.domain.Shift;
import io.tajriba.actions.domain.SlaTargets;
import io.tajriba.actions.internal.WorkTime;
import io.tajriba.actions.internal.WorkTimeSettings;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Business hours", description = "Working days, hours, holidays and service-level targets")
@RestController
@RequestMapping("/api/v1/business-hours")
class BusinessHoursApi {

	/** The settings in and out: hours as "08:00-16:00", holidays in their calendar, targets in business hours. */
	record Body(@Nullable String timeZone, @Nullable Boolean custom, @Nullable Map<String, List<String>> week,
			@Nullable List<HolidayBody> holidays, @Nullable Map<String, TargetBody> targets,
			@Nullable String quietHours) {
	}

	record HolidayBody(@Nullable String calendar, @Nullable String date, @Nullable String name) {
	}

	record TargetBody(@Nullable Double firstResponseHours, @Nullable Double resolutionHours) {
	}

	private final Workspaces workspaces;
	private final WorkTime workTime;
	private final WorkTimeSettings settings;

	BusinessHoursApi(Workspaces workspaces, WorkTime workTime, WorkTimeSettings settings) {
		this.workspaces = workspaces;
		this.workTime = workTime;
		this.settings = settings;
	}

	@Operation(summary = "The workspace's working week in its time zone, holidays (a date in a calendar: "
			+ "1405-01-13 once, or 01-01 every year), first-response and resolution targets per priority in business "
			+ "hours, and quiet hours (no e-mails; cases still open). Until set: the defaults of its language "
			+ "(fa: Saturday to Wednesday 08-16 and Thursday 08-12, with Nowruz; ar, he: Sunday to Thursday 09-17; "
			+ "en: Monday to Friday 09-17)")
	@GetMapping
	Body get() {
		return body(workTime.settings(workspaces.current().workspaceId()), workspaces.currentWorkspace());
	}

	@Operation(summary = "Replace the working week, holidays, targets and quiet hours (owners and admins)")
	@PutMapping
	Body put(@RequestBody Body body) {
		var access = workspaces.requireAdmin();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		WorkTime.Settings parsed = parse(body, workspace);
		settings.save(access, parsed);
		return body(workTime.settings(workspace.id()), workspace);
	}

	static WorkTime.Settings parse(Body body, Workspace workspace) {
		if (body.week() == null || body.week().isEmpty()) {
			throw new InvalidFieldException("week", "is required: the shifts of each working day");
		}
		Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
		body.week().forEach((day, shifts) -> {
			DayOfWeek d;
			try {
				d = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidFieldException("week." + day, "must be a day of the week such as saturday");
			}
			List<Shift> parsed = new ArrayList<>();
			for (String s : shifts == null ? List.<String>of() : shifts) {
				parsed.add(Shift.parse("week." + day, s == null ? "" : s));
			}
			week.put(d, parsed);
		});
		List<Holiday> holidays = new ArrayList<>();
		List<HolidayBody> given = body.holidays() == null ? List.of() : body.holidays();
		for (int i = 0; i < given.size(); i++) {
			HolidayBody h = given.get(i);
			String at = "holidays[" + i + "]";
			if (h == null || h.date() == null) {
				throw new InvalidFieldException(at + ".date", "is required");
			}
			holidays.add(Holiday.parse(at + ".date", h.calendar() == null ? workspace.calendar().id() : h.calendar(),
					h.date(), h.name() == null ? "" : h.name()));
		}
		Map<Priority, SlaTargets.Target> targets = new EnumMap<>(Priority.class);
		SlaTargets defaults = SlaTargets.defaults();
		for (Priority p : Priority.values()) {
			TargetBody t = body.targets() == null ? null : body.targets().get(p.id());
			SlaTargets.Target d = defaults.of(p);
			targets.put(p, t == null ? d : new SlaTargets.Target(minutes(t.firstResponseHours(), d.firstResponseMinutes()),
					minutes(t.resolutionHours(), d.resolutionMinutes())));
		}
		if (body.targets() != null) {
			body.targets().keySet().forEach(k -> Priority.of("targets." + k, k));
		}
		QuietHours quiet = body.quietHours() == null || body.quietHours().isBlank() ? null
				: QuietHours.parse(body.quietHours());
		return new WorkTime.Settings(new BusinessHours(workspace.timeZone(), week, holidays), new SlaTargets(targets),
				quiet, true);
	}

	private static int minutes(@Nullable Double hours, int otherwise) {
		return hours == null ? otherwise : (int) Math.round(hours * 60);
	}

	static Body body(WorkTime.Settings s, Workspace workspace) {
		Map<String, List<String>> week = new LinkedHashMap<>();
		s.hours().week().forEach((day, shifts) -> week.put(day.name().toLowerCase(Locale.ROOT),
				shifts.stream().map(Shift::toString).toList()));
		Map<String, TargetBody> targets = new LinkedHashMap<>();
		s.targets().targets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> targets.put(
				e.getKey().id(), new TargetBody(e.getValue().firstResponseMinutes() / 60.0,
						e.getValue().resolutionMinutes() / 60.0)));
		return new Body(workspace.timeZone().getId(), s.custom(), week, s.hours().holidays().stream()
			.map(h -> new HolidayBody(h.calendar(), h.toString(), h.name())).toList(), targets,
				s.quiet() == null ? null : s.quiet().toString());
	}
}
