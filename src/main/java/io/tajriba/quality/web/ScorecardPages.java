package io.tajriba.quality.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.internal.ScorecardCodec;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scorecards and their editor. The editor edits the card in the browser (sections and criteria added, removed
 * and moved) and sends it whole to {@code POST /api/v1/scorecards} or {@code PUT /api/v1/scorecards/{id}}; the page
 * says whether the save made a new version or rewrote the wording of the current one.
 */
@Controller
class ScorecardPages {

	static final List<String> SCALES = List.of("yes_no", "three", "four", "five");

	/** A new card: one section with one yes/no criterion, for the editor to fill in. */
	static final String BLANK = "{\"name\":\"\",\"channel\":\"call\",\"sections\":[{\"title\":\"\",\"criteria\":"
			+ "[{\"key\":\"criterion_1\",\"text\":{},\"scale\":\"yes_no\",\"weight\":1,\"naAllowed\":false,"
			+ "\"critical\":false}]}]}";

	private final Workspaces workspaces;
	private final ScorecardService scorecards;

	ScorecardPages(Workspaces workspaces, ScorecardService scorecards) {
		this.workspaces = workspaces;
		this.scorecards = scorecards;
	}

	@GetMapping("/quality/scorecards")
	String list(Model model) {
		Access access = workspaces.current();
		model.addAttribute("scorecards", scorecards.list(access.workspaceId()));
		model.addAttribute("canWrite", access.role().canWrite());
		return "quality/scorecards";
	}

	@GetMapping("/quality/scorecards/new")
	String create(Model model) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts write scorecards");
		}
		Workspace workspace = workspaces.workspace(access.workspaceId());
		return editor(workspace, null, BLANK, true, false, model);
	}

	@GetMapping("/quality/scorecards/{id}")
	String edit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String created, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		ScorecardService.Version version = scorecards.current(workspace.id(), id);
		model.addAttribute("version", version);
		return editor(workspace, id, ScorecardCodec.write(version.card()).toString(), access.role().canWrite(),
				created != null, model);
	}

	private static String editor(Workspace workspace, @Nullable UUID id, String card, boolean canWrite, boolean created,
			Model model) {
		model.addAttribute("scorecardId", id);
		model.addAttribute("cardJson", card);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("created", created);
		model.addAttribute("wordingLanguages", languages(workspace));
		model.addAttribute("channels", List.of("call", "chat", "email", "other"));
		model.addAttribute("scales", SCALES);
		return "quality/scorecard";
	}

	/** The workspace's languages, its own first; the ones written right to left say so. */
	static List<Map<String, String>> languages(Workspace workspace) {
		List<Map<String, String>> languages = new ArrayList<>();
		List<String> order = new ArrayList<>(List.of(workspace.defaultLocale()));
		Languages.SUPPORTED.stream().filter(l -> !l.equals(workspace.defaultLocale())).forEach(order::add);
		order.forEach(l -> languages.add(Map.of("code", l, "dir", Languages.isRightToLeft(l) ? "rtl" : "ltr")));
		return languages;
	}
}
