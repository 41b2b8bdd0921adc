package io.tajriba.text.web;

import java.util.List;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.internal.Adaptations;
import io.tajriba.text.internal.CorrectionFigures;
import io.tajriba.text.internal.Corrections;
import io.tajriba.text.internal.TextResults;
import io.tajriba.text.internal.WorkspaceText;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting the reading in forms that need no script: the texts to check (those the model is least sure of, in
 * the reader's language unless another is picked), one text's form reached from the texts page, and adapting
 * again to the corrections.
 */
@Controller
class CorrectionPages {

	static final int TO_CHECK = 20;

	private final Workspaces workspaces;
	private final Corrections corrections;
	private final CorrectionFigures figures;
	private final TextResults results;
	private final WorkspaceText text;
	private final Adaptations adaptations;

	CorrectionPages(Workspaces workspaces, Corrections corrections, CorrectionFigures figures, TextResults results,
			WorkspaceText text, Adaptations adaptations) {
		this.workspaces = workspaces;
		this.corrections = corrections;
		this.figures = figures;
		this.results = results;
		this.text = text;
		this.adaptations = adaptations;
	}

	@GetMapping("/text/check")
	String check(@RequestParam(required = false) @Nullable String language, Model model) {
		var workspaceId = analyst().workspaceId();
		var chosen = CorrectionApi.language(language);
		model.addAttribute("language", chosen.code());
		model.addAttribute("texts", figures.toCheck(workspaceId, chosen, TO_CHECK));
		model.addAttribute("accuracy", figures.accuracy(workspaceId));
		model.addAttribute("adaptations", adaptations.list(workspaceId));
		return form(workspaceId, model, "text/check");
	}

	@GetMapping("/text/analyses/{id}")
	String analysis(@PathVariable String id, Model model) {
		var workspaceId = analyst().workspaceId();
		model.addAttribute("t", results.find(workspaceId, CorrectionApi.uuid(id))
			.orElseThrow(() -> new NotFoundException("Analysed text")));
		return form(workspaceId, model, "text/analysis");
	}

	@PostMapping("/text/analyses/{id}/correction")
	String correct(@PathVariable String id, @RequestParam(required = false) @Nullable String sentiment,
			@RequestParam(name = "emotion", required = false) @Nullable List<String> emotions,
			@RequestParam(name = "theme", required = false) @Nullable List<String> themes,
			@RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "") String from,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		var access = analyst();
		var analysis = CorrectionApi.uuid(id);
		try {
			var stored = "reset".equals(action) ? corrections.remove(access.workspaceId(), analysis)
					: corrections.correct(access, analysis, new Corrections.Draft(sentiment,
							emotions == null ? List.of() : emotions, themes == null ? List.of() : themes));
			flash.addFlashAttribute("saved", stored.id());
			// back to the queue the form was sent from, in its language; a link cannot choose another place
			return "check".equals(from) ? "redirect:/text/check?language=" + stored.analysis().language()
					: "redirect:/text/analyses/" + stored.id();
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return analysis(id, model);
		}
	}

	@PostMapping("/text/adaptation")
	String adapt(RedirectAttributes flash, @RequestParam(defaultValue = "") String language) {
		var workspaceId = analyst().workspaceId();
		flash.addFlashAttribute("adapted", adaptations.again(workspaceId).stream().map(Adapted::of).toList());
		return "redirect:/text/check" + (TextLanguage.of(language).isPresent() ? "?language=" + language : "");
	}

	/** What adapting did for one language, as a flash attribute (kept in the session, so serialisable). */
	record Adapted(String language, int trainTexts, int heldOutTexts, double accuracyBefore, double accuracyAfter,
			boolean kept) implements java.io.Serializable {

		static Adapted of(io.tajriba.text.Adaptation a) {
			return new Adapted(a.language(), a.trainTexts(), a.heldOutTexts(), a.accuracyBefore(), a.accuracyAfter(),
					a.kept());
		}
	}

	private String form(UUID workspaceId, Model model, String view) {
		model.addAttribute("sentiments", List.of(Sentiment.values()).stream().map(Sentiment::code).toList());
		model.addAttribute("emotions", List.of(Emotion.values()).stream().map(Emotion::code).toList());
		model.addAttribute("languages", List.of(TextLanguage.values()).stream().map(TextLanguage::code).toList());
		model.addAttribute("themes", text.taxonomy(workspaceId).stream().map(t -> t.key()).toList());
		return view;
	}

	private Access analyst() {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only analysts correct texts");
		}
		return access;
	}
}
