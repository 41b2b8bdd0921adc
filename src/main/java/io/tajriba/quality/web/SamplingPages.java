package io.tajriba.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.Assignments;
import io.tajriba.quality.internal.Assignments.Assignment;
import io.tajriba.quality.internal.WeeklySample;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' queue of a week: per agent, the interactions the sample picked at random and those targeted (with
 * why), reviewed or not, each open one a link to its review form; analysts draw a week that has ended.
 */
@Controller
class SamplingPages {

	/** One agent's picks of the week. */
	record Queue(Agent agent, List<Assignment> random, List<Assignment> targeted, long reviewed) {
	}

	/** A week as the page names it: its Monday, and its first and last day in the workspace's zone. */
	record WeekLabel(LocalDate monday, java.time.Instant first, java.time.Instant last) {

		static WeekLabel of(LocalDate monday, java.time.ZoneId zone) {
			return new WeekLabel(monday, monday.atStartOfDay(zone).toInstant(),
					monday.plusDays(6).atTime(12, 0).atZone(zone).toInstant());
		}
	}

	private final Workspaces workspaces;
	private final Assignments assignments;
	private final AgentService agents;
	private final Clock clock;

	SamplingPages(Workspaces workspaces, Assignments assignments, AgentService agents, Clock clock) {
		this.workspaces = workspaces;
		this.assignments = assignments;
		this.agents = agents;
		this.clock = clock;
	}

	@GetMapping("/quality/assignments")
	String queue(@RequestParam(required = false) @Nullable String week, Model model) {
		Access access = workspaces.current();
		LocalDate shown = null;
		try {
			shown = week == null || week.isBlank() ? null : Assignments.monday("week", week);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
		}
		Assignments.Week drawn = assignments.list(access, shown, null, null);
		Map<UUID, Agent> directory = agents.list(access.workspaceId()).stream()
			.collect(Collectors.toMap(Agent::id, Function.identity()));
		Map<UUID, List<Assignment>> byAgent = new LinkedHashMap<>();
		drawn.items().forEach(a -> byAgent.computeIfAbsent(a.agent(), k -> new ArrayList<>()).add(a));
		List<Queue> queues = new ArrayList<>();
		byAgent.forEach((id, items) -> queues.add(new Queue(directory.get(id),
				items.stream().filter(a -> a.kind().equals("random")).toList(),
				items.stream().filter(a -> a.kind().equals("targeted")).toList(),
				items.stream().filter(a -> a.review() != null).count())));
		queues.sort(java.util.Comparator.comparing((Queue q) -> q.agent().displayName().toLowerCase(java.util.Locale.ROOT)));
		java.time.ZoneId zone = workspaces.workspace(access.workspaceId()).timeZone();
		model.addAttribute("week", drawn.week() == null ? null : WeekLabel.of(drawn.week(), zone));
		model.addAttribute("drawnAt", drawn.drawnAt());
		model.addAttribute("weeks", assignments.weeks(access.workspaceId(), 26).stream()
			.map(w -> WeekLabel.of(w, zone)).toList());
		model.addAttribute("queues", queues);
		model.addAttribute("total", drawn.items().size());
		model.addAttribute("reviewed", drawn.items().stream().filter(a -> a.review() != null).count());
		model.addAttribute("canReview", access.role().canWrite());
		model.addAttribute("drawWeek", WeeklySample.lastCompleteWeek(zone, clock.instant()));
		return "quality/assignments";
	}

	@PostMapping("/quality/assignments")
	String draw(@RequestParam(required = false) @Nullable String week, RedirectAttributes flash) {
		Access access = workspaces.current();
		try {
			LocalDate monday = week == null || week.isBlank() ? WeeklySample.lastCompleteWeek(
					workspaces.workspace(access.workspaceId()).timeZone(), clock.instant())
					: Assignments.monday("week", week);
			assignments.draw(access, monday, clock.instant());
			return "redirect:/quality/assignments?week=" + monday;
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:/quality/assignments";
		}
	}
}
