package io.tajriba.employees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.employees.domain.Level;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Employee results", description = "eNPS of the pulse answers, shown only for groups large enough")
@RestController
class EnpsApi {

	static final String RULES = " Parameters: groupBy (team, department or location; team by default), from and to "
			+ "(days YYYY-MM-DD of the waves' opening, from included, to not; six months up to today by default), "
			+ "program (a programme's id; all by default). A group with fewer answers than the workspace's threshold "
			+ "in a wave is hidden there, and so are as many of its smallest siblings as it takes that the hidden ones "
			+ "cannot be found by subtraction; a period adds only the waves where the group was shown, and the "
			+ "workspace's figure adds only the departments shown: figures add only groups large enough to show.";

	static final int MAX_COMMENTS = 100;

	private final Workspaces workspaces;
	private final EnpsResults results;

	EnpsApi(Workspaces workspaces, EnpsResults results) {
		this.workspaces = workspaces;
		this.results = results;
	}

	@Operation(summary = "eNPS (% promoters - % detractors, points) of the workspace and of each group, with ci95 "
			+ "and n; a hidden group is its name and hidden alone." + RULES)
	@GetMapping("/api/v1/metrics/enps")
	EnpsJson.Board enps(@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String program) {
		return EnpsJson.Board.of(results.board(query(groupBy, from, to, program)));
	}

	@Operation(summary = "eNPS per wave of a group (the workspace when group is left out), oldest first; a wave where "
			+ "the group was hidden is its number and hidden alone." + RULES)
	@GetMapping("/api/v1/metrics/enps/trend")
	EnpsJson.Trend trend(@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String group, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String program) {
		EnpsResults.Query query = query(groupBy, from, to, program);
		String name = blankless(group);
		return new EnpsJson.Trend(query.level().key(), name, query.from(), query.to(),
				results.rules(query.workspaceId()).threshold(),
				results.trend(query, name).stream().map(EnpsJson.Point::of).toList());
	}

	@Operation(summary = "The pulse items' importance for eNPS (share of R², %), their mean (1-5) and performance "
			+ "(0-100), among the answers of the waves where the group was shown; hidden alone when it never was; "
			+ "smallSample below 30 complete answers (or ten per item)." + RULES)
	@GetMapping("/api/v1/metrics/enps/drivers")
	EnpsJson.Drivers drivers(@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String group, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String program) {
		EnpsResults.Query query = query(groupBy, from, to, program);
		String name = blankless(group);
		EnpsResults.Cut cut = results.cut(query);
		if (!results.shown(cut, name)) {
			return EnpsJson.Drivers.none();
		}
		return EnpsJson.Drivers.of(query.level().key(), name, results.drivers(cut, name));
	}

	@Operation(summary = "The comments of the answers of the waves where the group was shown, newest wave first, "
			+ "with sentiment, themes and the wave (never the day); limit 1 to 100, 20 by default." + RULES)
	@GetMapping("/api/v1/metrics/enps/comments")
	EnpsJson.Comments comments(@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String group, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String program,
			@RequestParam(required = false) @Nullable String limit) {
		EnpsResults.Query query = query(groupBy, from, to, program);
		int count = limit(limit);
		String name = blankless(group);
		if (query.level() == Level.LOCATION && name != null) {
			throw new InvalidFieldException("groupBy", "comments are listed by team or department, not by location: "
					+ "a location's list crossed with a department's would single out the few of both");
		}
		EnpsResults.Cut cut = results.cut(query);
		if (!results.shown(cut, name)) {
			return new EnpsJson.Comments(null, null, null, true);
		}
		return new EnpsJson.Comments(query.level().key(), name,
				results.comments(cut, name, count).stream().map(EnpsJson.Comment::of).toList(), null);
	}

	static int limit(@Nullable String limit) {
		if (limit == null || limit.isBlank()) {
			return 20;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= MAX_COMMENTS) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidFieldException("limit", "must be 1 to " + MAX_COMMENTS);
	}

	private EnpsResults.Query query(@Nullable String groupBy, @Nullable String from, @Nullable String to,
			@Nullable String program) {
		Workspace workspace = workspaces.currentWorkspace();
		return results.query(workspace.id(), workspace.timeZone(), groupBy, from, to, program);
	}

	static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
