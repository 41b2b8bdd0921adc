package io.tajriba.employees.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.employees.domain.PulsePlan;
import io.tajriba.employees.internal.PulsePrograms;
import io.tajriba.employees.internal.PulseStore;
import io.tajriba.employees.internal.PulseWaves;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysts' page of pulse surveys: the programmes with their cadence, items per wave, sample and status, and
 * their waves with invited and answered counts (participation with its n and interval); a programme made,
 * paused or resumed, a wave opened now.
 */
@Controller
class PulsePages {

	private final Workspaces workspaces;
	private final PulsePrograms programs;
	private final PulseWaves waves;
	private final PulseStore store;
	private final Clock clock;

	PulsePages(Workspaces workspaces, PulsePrograms programs, PulseWaves waves, PulseStore store, Clock clock) {
		this.workspaces = workspaces;
		this.programs = programs;
		this.waves = waves;
		this.store = store;
		this.clock = clock;
	}

	@GetMapping("/employees/pulse")
	String show(Model model) {
		Access access = workspaces.current();
		UUID workspace = access.workspaceId();
		model.addAttribute("programs", programs.list(workspace).stream()
			.map(p -> PulseViews.program(store, workspace, p, clock.instant())).toList());
		model.addAttribute("cadences", PulsePlan.CADENCES);
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), workspaces.workspace(workspace).timeZone()));
		model.addAttribute("zone", workspaces.workspace(workspace).timeZone());
		model.addAttribute("canWrite", access.role().canWrite());
		return "employees/pulse-programs";
	}

	@PostMapping("/employees/pulse")
	String act(@RequestParam(defaultValue = "create") String action, @RequestParam(defaultValue = "") String id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "monthly") String cadence,
			@RequestParam(defaultValue = "3") String itemsPerWave, @RequestParam(defaultValue = "100") String samplePercent,
			@RequestParam(defaultValue = "7") String openDays, @RequestParam(defaultValue = "3") String reminderDays,
			@RequestParam(defaultValue = "") String firstWave, RedirectAttributes flash) {
		Access access = workspaces.current();
		UUID workspace = access.workspaceId();
		switch (action) {
			case "create" -> {
				PulsePlan plan = new PulsePlan(name, cadence, number("itemsPerWave", itemsPerWave),
						number("samplePercent", samplePercent), number("openDays", openDays),
						number("reminderDays", reminderDays));
				LocalDate first = firstWave.isBlank()
						? LocalDate.ofInstant(clock.instant(), workspaces.workspace(workspace).timeZone())
						: io.tajriba.platform.Dates.parseDate("firstWave", firstWave);
				programs.create(access, plan, first);
				flash.addFlashAttribute("done", "created");
			}
			case "pause", "resume" -> {
				programs.change(workspace, PulseApi.uuid(id), new PulsePrograms.Change(null, null, null, null, null,
						null, action.equals("pause") ? "paused" : "active", null));
				flash.addFlashAttribute("done", action.equals("pause") ? "paused" : "resumed");
			}
			case "open" -> {
				var opened = waves.open(workspace, PulseApi.uuid(id), clock.instant());
				flash.addFlashAttribute("done", "opened");
				flash.addFlashAttribute("invited", opened.tokensByEmployee().size());
			}
			default -> throw new InvalidFieldException("action", "must be create, pause, resume or open");
		}
		return "redirect:/employees/pulse";
	}

	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		return "redirect:/employees/pulse";
	}

	private static int number(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(field, "must be a whole number");
		}
	}
}
