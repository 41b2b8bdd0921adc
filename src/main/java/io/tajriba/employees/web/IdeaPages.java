package io.tajriba.employees.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tajriba.employees.domain.IdeaMove;
import io.tajriba.employees.domain.IdeaRanking;
import io.tajriba.employees.domain.IdeaStatus;
import io.tajriba.employees.internal.Idea;
import io.tajriba.employees.internal.IdeaLinks;
import io.tajriba.employees.internal.IdeaService;
import io.tajriba.employees.web.IdeaJson.SimilarView;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The idea box's pages: browse and submit, an idea's page, the review queue, the anonymous link. */
@Controller
class IdeaPages {

	/** The statuses of the review queue, in the order a reviewer works them. */
	static final List<IdeaStatus> QUEUE = List.of(IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW, IdeaStatus.ACCEPTED,
			IdeaStatus.IN_PROGRESS);

	private final Workspaces workspaces;
	private final IdeaService ideas;
	private final IdeaLinks links;
	private final String publicUrl;

	IdeaPages(Workspaces workspaces, IdeaService ideas, IdeaLinks links,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.workspaces = workspaces;
		this.ideas = ideas;
		this.links = links;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping("/ideas")
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String sort, Model model) {
		Access access = user();
		IdeaRanking.Sort order;
		var filter = io.tajriba.employees.internal.IdeaFilter.ALL;
		try {
			order = IdeaRanking.Sort.parse(sort);
			filter = IdeaFilters.of(status, stage, touchpoint, theme);
		}
		catch (InvalidFieldException e) {
			order = IdeaRanking.Sort.VOTES;
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
		}
		model.addAttribute("ideas", ideas.list(access.workspaceId(), access, filter, order));
		model.addAttribute("sort", order.id());
		model.addAttribute("sorts", Arrays.stream(IdeaRanking.Sort.values()).map(IdeaRanking.Sort::id).toList());
		model.addAttribute("statuses", Arrays.stream(IdeaStatus.values()).map(IdeaStatus::id).toList());
		model.addAttribute("filter", filter);
		stages(access, model);
		model.addAttribute("linkMade", links.exists(access.workspaceId()));
		return "ideas/list";
	}

	@PostMapping("/ideas")
	String submit(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable String theme, RedirectAttributes flash) {
		Access access = user();
		try {
			Idea idea = ideas.submit(access, new IdeaService.Submission(title, body,
					language == null || language.isBlank() ? language() : language, stage, touchpoint, theme, null));
			flash.addFlashAttribute("submitted", true);
			return "redirect:/ideas/" + idea.number();
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
			flash.addFlashAttribute("typedTitle", title);
			flash.addFlashAttribute("typedBody", body);
			return "redirect:/ideas";
		}
	}

	@GetMapping("/ideas/similar")
	@ResponseBody
	List<SimilarView> similar(@RequestParam(defaultValue = "") String text) {
		return ideas.similar(user().workspaceId(), text).stream().map(SimilarView::of).toList();
	}

	@GetMapping("/ideas/{number}")
	String show(@PathVariable int number, Model model) {
		Access access = user();
		Idea idea = ideas.byNumber(access.workspaceId(), number);
		model.addAttribute("d", ideas.detail(access, idea.id()));
		stages(access, model);
		return "ideas/detail";
	}

	@PostMapping("/ideas/{number}/votes")
	String vote(@PathVariable int number, @RequestParam(defaultValue = "add") String vote,
			@RequestParam(defaultValue = "") String back, RedirectAttributes flash) {
		Access access = user();
		Idea idea = ideas.byNumber(access.workspaceId(), number);
		try {
			if (vote.equals("withdraw")) {
				ideas.unvote(access, idea.id(), null);
			}
			else {
				ideas.vote(access, idea.id(), null);
			}
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return back.equals("list") ? "redirect:/ideas" : "redirect:/ideas/" + number;
	}

	@PostMapping("/ideas/{number}/comments")
	String comment(@PathVariable int number, @RequestParam(required = false) @Nullable String body,
			RedirectAttributes flash) {
		Access access = user();
		Idea idea = ideas.byNumber(access.workspaceId(), number);
		try {
			ideas.comment(access, idea.id(), body, null);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/ideas/" + number + "#comments";
	}

	@GetMapping("/ideas/review")
	String review(Model model) {
		Access access = user();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Reviewing ideas is for owners, admins and analysts");
		}
		List<IdeaService.Ranked> all = ideas.list(access.workspaceId(), access,
				io.tajriba.employees.internal.IdeaFilter.ALL, IdeaRanking.Sort.EVIDENCE);
		model.addAttribute("queue", QUEUE.stream().map(s -> new Queue(s.id(), all.stream()
			.filter(r -> r.idea().status() == s).toList(), s.next(access.role().canAdminister()).stream()
				.map(IdeaStatus::id).toList())).toList());
		model.addAttribute("closed", all.stream().filter(r -> r.idea().status().closed()).toList());
		model.addAttribute("admin", access.role().canAdminister());
		stages(access, model);
		return "ideas/review";
	}

	/** One status of the review queue: its ideas, by evidence, and where they may move. */
	record Queue(String status, List<IdeaService.Ranked> ideas, List<String> next) {
	}

	@PostMapping("/ideas/{number}/status")
	String status(@PathVariable int number, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String duplicateOf,
			@RequestParam(defaultValue = "") String back, RedirectAttributes flash) {
		Access access = user();
		Idea idea = ideas.byNumber(access.workspaceId(), number);
		try {
			if (status.isBlank()) {
				throw new InvalidFieldException("status", "is required");
			}
			UUID original = null;
			if (duplicateOf != null && !duplicateOf.isBlank()) {
				original = ideas.byNumberIfAny(access.workspaceId(), number(duplicateOf))
					.orElseThrow(() -> new InvalidFieldException("duplicateOf", "is not an idea of the workspace"))
					.id();
			}
			ideas.move(access, idea.id(), new IdeaMove(IdeaStatus.parse("status", status), reason, original));
			flash.addFlashAttribute("moved", number);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
			flash.addFlashAttribute("errorIdea", number);
		}
		return back.equals("idea") ? "redirect:/ideas/" + number : "redirect:/ideas/review";
	}

	@PostMapping("/ideas/link")
	String link(RedirectAttributes flash) {
		Access access = workspaces.requireAdmin();
		String token = links.make(access.workspaceId());
		flash.addFlashAttribute("newLink", publicUrl + "/s/ideas/" + token);
		return "redirect:/ideas";
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.strip().replaceFirst("^#", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("duplicateOf", "must be an idea's number");
		}
	}

	/** The journey's stages for the forms, and their names in the reader's language by key. */
	private void stages(Access access, Model model) {
		var stages = ideas.stages(access.workspaceId(), language());
		model.addAttribute("stages", stages);
		model.addAttribute("stageNames", stages.stream().collect(java.util.stream.Collectors.toMap(
				io.tajriba.journeys.JourneyStages.Stage::key, io.tajriba.journeys.JourneyStages.Stage::name, (a, b) -> a)));
	}

	static String language() {
		return LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT);
	}

	private Access user() {
		Access access = workspaces.current();
		if (!access.isUser()) {
			throw new AccessDeniedException("The idea box's pages are for signed-in members");
		}
		return access;
	}

	static NotFoundException notFound() {
		return new NotFoundException("Idea");
	}
}
