package io.tajriba.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.reports.internal.ExportJobs;
import io.tajriba.reports.internal.ExportService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The exports page: a form that starts a background export (kind, format, period), the recent jobs with their
 * progress and downloads, and how to read the same rows incrementally through the API. A refused form comes back
 * naming its field, with what was typed.
 */
@Controller
class ExportPages {

	private final Workspaces workspaces;
	private final ExportJobs jobs;

	ExportPages(Workspaces workspaces, ExportJobs jobs) {
		this.workspaces = workspaces;
		this.jobs = jobs;
	}

	@GetMapping("/reports/exports")
	String page(Model model) {
		return show(Map.of("kind", "responses", "format", "csv", "from", "", "to", ""), model);
	}

	@PostMapping("/reports/exports")
	String start(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Access access = workspaces.current();
		try {
			ExportKind kind = ExportKind.of(params.getOrDefault("kind", "")).orElseThrow(
					() -> new InvalidFieldException("kind", "must be responses, interactions or cases"));
			ExportFormat format = ExportService.format(params.getOrDefault("format", ""));
			ExportPeriod period = ExportApi.period(params.get("from"), params.get("to"),
					workspaces.workspace(access.workspaceId()).timeZone());
			redirect.addFlashAttribute("started", jobs.request(access, kind, format, period).id());
			return "redirect:/reports/exports";
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			Map<String, String> typed = new LinkedHashMap<>();
			for (String field : List.of("kind", "format", "from", "to")) {
				typed.put(field, params.getOrDefault(field, ""));
			}
			return show(typed, model);
		}
	}

	private String show(Map<String, String> form, Model model) {
		Access access = workspaces.current();
		model.addAttribute("form", form);
		model.addAttribute("kinds", List.of(ExportKind.values()).stream().map(ExportKind::key).toList());
		model.addAttribute("formats", List.of("csv", "xlsx", "ndjson"));
		model.addAttribute("jobs", jobs.list(access.workspaceId()));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String key = "curl -i -H 'Authorization: Bearer $TAJRIBA_KEY' ";
		model.addAttribute("curlFirst", key + "'" + base + "/api/v1/exports/responses?limit=1000&format=ndjson'");
		model.addAttribute("curlNext", key + "'" + base + "/api/v1/exports/responses?after=$CURSOR&limit=1000'");
		model.addAttribute("curlJob", "curl -H 'Authorization: Bearer $TAJRIBA_KEY' -H 'Content-Type: application/json' "
				+ "-d '{\"format\":\"xlsx\",\"from\":\"2026-01-01\"}' " + base + "/api/v1/exports/cases/jobs");
		return "reports/exports";
	}
}
