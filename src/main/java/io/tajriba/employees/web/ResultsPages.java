package io.tajriba.employees.web;

import java.util.List;

import io.tajriba.employees.domain.Level;
import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.employees.internal.PulsePrograms;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pulse results page: the workspace's eNPS, a table by team, department or location with hidden groups named
 * only, and the trend, drivers and comments of the chosen group (the workspace's by default).
 */
@Controller
class ResultsPages {

	static final int COMMENTS = 30;

	private final Workspaces workspaces;
	private final EnpsResults results;
	private final io.tajriba.surveys.Surveys surveys;

	ResultsPages(Workspaces workspaces, EnpsResults results, io.tajriba.surveys.Surveys surveys) {
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.results = results;
	}

	@GetMapping("/employees/results")
	String results(@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String group, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		EnpsResults.Query query;
		try {
			query = results.query(workspace.id(), workspace.timeZone(), groupBy, from, to, null);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			query = results.query(workspace.id(), workspace.timeZone(), null, null, null, null);
		}
		String asked = EnpsApi.blankless(group);
		EnpsResults.Cut cut = results.cut(query);
		EnpsResults.Board board = results.board(cut);
		String chosen = asked != null && board.groups().stream().anyMatch(g -> g.group().equals(asked)) ? asked : null;
		boolean shown = results.shown(cut, chosen);
		model.addAttribute("board", board);
		model.addAttribute("levels", List.of(Level.TEAM, Level.DEPARTMENT, Level.LOCATION));
		model.addAttribute("level", query.level());
		model.addAttribute("noLocation", Level.NO_LOCATION);
		model.addAttribute("group", chosen);
		model.addAttribute("shown", shown);
		model.addAttribute("trend", TrendChart.of(results.trend(cut, chosen), workspace.timeZone()));
		model.addAttribute("drivers", shown ? results.drivers(cut, chosen) : null);
		model.addAttribute("comments", shown ? results.comments(cut, chosen, COMMENTS) : List.of());
		model.addAttribute("byLocation", query.level() == Level.LOCATION && chosen != null);
		model.addAttribute("itemTexts", itemTexts());
		return "employees/results";
	}

	/** The items' wording in the reader's language (English otherwise), from the pulse template, by key. */
	private java.util.Map<String, String> itemTexts() {
		String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		surveys.template(PulsePrograms.TEMPLATE).map(io.tajriba.surveys.SurveyDocument::questions).orElse(List.of())
			.forEach(q -> {
				if (q.key() != null && q.text() != null) {
					String text = q.text().getOrDefault(language, q.text().get("en"));
					if (text != null) {
						texts.put(q.key(), text);
					}
				}
			});
		return texts;
	}
}
