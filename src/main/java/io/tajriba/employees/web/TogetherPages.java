package io.tajriba.employees.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.tajriba.employees.domain.TeamFigure;
import io.tajriba.employees.internal.TeamsTogether;
import io.tajriba.employees.internal.TeamsTogether.Row;
import io.tajriba.employees.internal.TeamsTogether.Together;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Employees and customers together: per team eNPS, CSAT and QA, a scatter plot of each pair and their r. */
@Controller
class TogetherPages {

	/** The plot's size and margins, in SVG units. */
	static final int WIDTH = 320;
	static final int HEIGHT = 220;
	static final int PAD = 34;

	/** A team in a plot: where its dot goes and what it says. */
	record Point(String team, double enps, double y, double cx, double cy) {
	}

	private final Workspaces workspaces;
	private final TeamsTogether together;

	TogetherPages(Workspaces workspaces, TeamsTogether together) {
		this.workspaces = workspaces;
		this.together = together;
	}

	@GetMapping("/employees/together")
	String page(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		LocalDate[] period = together.period(workspace.timeZone(), from, to);
		Together t = together.of(workspace, period[0], period[1]);
		model.addAttribute("together", t);
		model.addAttribute("csatPoints", points(t, Row::csat));
		model.addAttribute("qaPoints", points(t, Row::qa));
		model.addAttribute("width", WIDTH);
		model.addAttribute("height", HEIGHT);
		model.addAttribute("pad", PAD);
		return "employees/together";
	}

	/** eNPS (-100 to 100) across, the other figure (0 to 100) up, for the released teams with both. */
	static List<Point> points(Together t, Function<Row, TeamFigure> figure) {
		List<Point> points = new ArrayList<>();
		for (Row row : t.teams()) {
			TeamFigure y = figure.apply(row);
			if (row.hidden() || row.enps() == null || row.enps().value() == null || y.value() == null) {
				continue;
			}
			double enps = row.enps().value();
			double cx = PAD + (enps + 100) / 200 * (WIDTH - 2 * PAD);
			double cy = HEIGHT - PAD - y.value() / 100 * (HEIGHT - 2 * PAD);
			points.add(new Point(row.team(), enps, y.value(), Math.round(cx * 10) / 10.0, Math.round(cy * 10) / 10.0));
		}
		return points;
	}
}
