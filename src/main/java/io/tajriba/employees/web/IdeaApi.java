package io.tajriba.employees.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.employees.domain.IdeaMove;
import io.tajriba.employees.domain.IdeaRanking;
import io.tajriba.employees.domain.IdeaStatus;
import io.tajriba.employees.internal.Idea;
import io.tajriba.employees.internal.IdeaLinks;
import io.tajriba.employees.internal.IdeaService;
import io.tajriba.employees.web.IdeaJson.CommentBody;
import io.tajriba.employees.web.IdeaJson.CommentView;
import io.tajriba.employees.web.IdeaJson.Detail;
import io.tajriba.employees.web.IdeaJson.IdeaView;
import io.tajriba.employees.web.IdeaJson.LinkView;
import io.tajriba.employees.web.IdeaJson.Listing;
import io.tajriba.employees.web.IdeaJson.NewIdeaBody;
import io.tajriba.employees.web.IdeaJson.Patch;
import io.tajriba.employees.web.IdeaJson.SimilarView;
import io.tajriba.employees.web.IdeaJson.VoteBody;
import io.tajriba.employees.web.IdeaJson.VoteView;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Idea box", description = "Employees' ideas to improve the customer experience: votes, comments, review")
@RestController
class IdeaApi {

	static final String EVIDENCE = " evidence: painPoint, the relative risk of churn after a bad experience at the "
			+ "idea's touchpoint (else stage) against one elsewhere with its ci95 and n (customers exposed), over the "
			+ "last 365 days; importance, the share of NPS variance (% of R²) its theme explains; score = the low end "
			+ "of the risk's interval above 1 (0 if none) + importance / 100.";

	private final Workspaces workspaces;
	private final IdeaService ideas;
	private final IdeaLinks links;
	private final String publicUrl;

	IdeaApi(Workspaces workspaces, IdeaService ideas, IdeaLinks links,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.workspaces = workspaces;
		this.ideas = ideas;
		this.links = links;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Operation(summary = "The workspace's ideas, ranked by votes (sort=votes, the default; ties by evidence), by "
			+ "evidence (sort=evidence) or newest first (sort=newest). Filters: status, stage (a journey stage's key), "
			+ "touchpoint, theme. voted says whether the caller (the member, or employee for an API key) voted."
			+ EVIDENCE)
	@GetMapping("/api/v1/ideas")
	Listing list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String sort) {
		Access access = workspaces.current();
		IdeaRanking.Sort order = IdeaRanking.Sort.parse(sort);
		return new Listing(order.id(), ideas.list(access.workspaceId(), access, IdeaFilters.of(status, stage,
				touchpoint, theme), order).stream().map(r -> IdeaView.of(r.idea(), r.evidence(), r.voted())).toList());
	}

	@Operation(summary = "Submit an idea: title (required, at most 200 characters), body (at most 10,000), language "
			+ "(en, fa, ar, he; en by default), stage (a key of the workspace's journey), touchpoint (one of its "
			+ "touchpoints, of the stage when both are given), theme. Signed in, the member is the submitter (as the "
			+ "employee whose account they are, if any); an API key may name the employee it submits for (employee).")
	@PostMapping("/api/v1/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	IdeaView submit(@RequestBody NewIdeaBody body) {
		return IdeaView.of(ideas.submit(workspaces.current(), body.submission()), null, null);
	}

	@Operation(summary = "Up to five ideas of the workspace most like the text (not the duplicates), with their "
			+ "similarity in [0, 1]: the mean of the Jaccard indices of the content words and of their character "
			+ "trigrams on text analytics' normalised text (Persian and Arabic spellings of a letter are one).")
	@GetMapping("/api/v1/ideas/similar")
	List<SimilarView> similar(@RequestParam(defaultValue = "") String text) {
		return ideas.similar(workspaces.current().workspaceId(), text).stream().map(SimilarView::of).toList();
	}

	@Operation(summary = "An idea with its submitter (none when anonymous), comments, history of changes and the "
			+ "action made of it when accepted (its status and progress)." + EVIDENCE)
	@GetMapping("/api/v1/ideas/{id}")
	Detail get(@PathVariable UUID id) {
		return Detail.of(ideas.detail(workspaces.current(), id));
	}

	@Operation(summary = "Change an idea's status (owners, admins, analysts): status, reason (required for declined "
			+ "and duplicate), duplicateOf (the id of the idea it repeats, for duplicate). Moves: submitted to "
			+ "under_review, accepted, declined or duplicate; under_review to accepted, declined or duplicate; accepted "
			+ "to in_progress or declined; in_progress to done; a declined idea may be reopened (under_review) by "
			+ "owners and admins. Accepting makes an action of the idea (insight kind idea). The submitter and the "
			+ "voters who are members are told in the app and by e-mail.")
	@PatchMapping("/api/v1/ideas/{id}")
	IdeaView change(@PathVariable UUID id, @RequestBody Patch patch) {
		if (patch.status() == null || patch.status().isBlank()) {
			throw new InvalidFieldException("status", "is required");
		}
		Idea idea = ideas.move(workspaces.current(), id, new IdeaMove(IdeaStatus.parse("status", patch.status()),
				patch.reason(), uuid("duplicateOf", patch.duplicateOf())));
		return IdeaView.of(idea, null, null);
	}

	@Operation(summary = "Vote for an idea, once per voter: a member votes as the employee they are (else as "
			+ "themselves); an API key names the employee (employee, required). Voting again changes nothing (200, "
			+ "the first vote 201). A done, declined or duplicate idea takes no votes (422, field status).")
	@PostMapping("/api/v1/ideas/{id}/votes")
	ResponseEntity<VoteView> vote(@PathVariable UUID id, @RequestBody(required = false) @Nullable VoteBody body) {
		IdeaService.Vote vote = ideas.vote(workspaces.current(), id, body == null ? null : body.employee());
		return ResponseEntity.status(vote.added() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new VoteView(vote.votes(), true));
	}

	@Operation(summary = "Withdraw a vote (an API key names the employee: ?employee=).")
	@DeleteMapping("/api/v1/ideas/{id}/votes")
	VoteView unvote(@PathVariable UUID id, @RequestParam(required = false) @Nullable String employee) {
		IdeaService.Vote vote = ideas.unvote(workspaces.current(), id, employee);
		return new VoteView(vote.votes(), false);
	}

	@Operation(summary = "Comment on an idea: body (1 to 10,000 characters); an API key may name the employee.")
	@PostMapping("/api/v1/ideas/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	CommentView comment(@PathVariable UUID id, @RequestBody CommentBody body) {
		var c = ideas.comment(workspaces.current(), id, body.body(), body.employee());
		return new CommentView(c.id(), c.authorName(), c.body(), c.createdAt());
	}

	@Operation(summary = "Make (or replace) the workspace's anonymous idea-box link (owners, admins): anyone holding "
			+ "it sees the ideas (titles, status, votes, no names) and submits ideas without a name. The token is "
			+ "shown once; only its hash is kept, and a new link closes the old one.")
	@PostMapping("/api/v1/idea-link")
	@ResponseStatus(HttpStatus.CREATED)
	LinkView link() {
		String token = links.make(workspaces.requireAdmin().workspaceId());
		return new LinkView(token, publicUrl + "/s/ideas/" + token);
	}

	static @Nullable UUID uuid(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an idea's id");
		}
	}
}
