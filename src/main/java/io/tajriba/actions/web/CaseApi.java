package io.tajriba.actions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.CaseEvent;
import io.tajriba.actions.CaseView;
import io.tajriba.actions.LoopFigures;
import io.tajriba.actions.CaseChange;
import io.tajriba.actions.internal.CaseInbox;
import io.tajriba.actions.internal.CaseService;
import io.tajriba.actions.internal.Figures;
import io.tajriba.actions.internal.FollowUps;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cases", description = "Cases opened by alert rules: owners, service levels, comments, follow-ups")
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

	record Comment(@Nullable String body) {
	}

	record FollowUp(@Nullable String channel, @Nullable String note) {
	}

	record RecoveryAnswer(@Nullable String metric, @Nullable Integer score) {
	}

	private final Workspaces workspaces;
	private final CaseInbox inbox;
	private final CaseService cases;
	private final FollowUps followUps;
	private final Figures figures;
	private final Clock clock;

	CaseApi(Workspaces workspaces, CaseInbox inbox, CaseService cases, FollowUps followUps, Figures figures,
			Clock clock) {
		this.workspaces = workspaces;
		this.inbox = inbox;
		this.cases = cases;
		this.followUps = followUps;
		this.figures = figures;
		this.clock = clock;
	}

	@Operation(summary = "Cases, newest first, a page at a time (page from 0, size up to 200; X-Next-Page when there "
			+ "are more). Filters: status and priority (comma-separated), owner (user id), customer (any of the "
			+ "customer's identities), rule (id), touchpoint, overdue=true, view (mine, team, all). Agents see the "
			+ "cases of their own and their teams' only.")
	@GetMapping
	ResponseEntity<List<CaseView>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String priority, @RequestParam(required = false) UUID owner,
			@RequestParam(required = false) String customer, @RequestParam(required = false) UUID rule,
			@RequestParam(required = false) String touchpoint, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String view, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		List<CaseView> found = inbox.list(workspaces.current(), new CaseInbox.Query(view, status, priority, owner,
				customer, rule, touchpoint, overdue, false), page, size);
		var answer = ResponseEntity.ok();
		if (found.size() > size) {
			answer.header("X-Next-Page", String.valueOf(page + 1));
		}
		return answer.body(found.subList(0, Math.min(size, found.size())));
	}

	@Operation(summary = "The closed loop's figures over from..to (days in the workspace's zone; the last 90 days by "
			+ "default): cases opened and closed per week, median business hours to first response and resolution, "
			+ "share within service levels per owner and team, recovery rate, top root causes; every share with n "
			+ "and its 95% Wilson interval")
	@GetMapping("/figures")
	LoopFigures figures(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		var workspace = workspaces.currentWorkspace();
		LocalDate end = to == null ? LocalDate.now(clock.withZone(workspace.timeZone())) : to;
		return figures.figures(workspace.id(), from == null ? end.minusDays(89) : from, end);
	}

	@GetMapping("/{id}")
	CaseView get(@PathVariable UUID id) {
		return cases.get(workspaces.current(), id);
	}

	@Operation(summary = "Change a case: status (new, open, waiting: on the customer, the clocks pause; resolved: "
			+ "needs rootCause, a theme key or other with rootCauseNote, and solved true or false; closed, which "
			+ "resolves first if needed; open again to reopen), owner (user id), priority, resolution (text), and "
			+ "recovery (nps or csat) with status closed to send the customer a one-question survey within the "
			+ "workspace's contact rule")
	@PatchMapping("/{id}")
	CaseView change(@PathVariable UUID id, @RequestBody CaseChange change) {
		return cases.change(workspaces.current(), id, change);
	}

	@Operation(summary = "What happened to a case, oldest first: opened, evidence, status, owner, priority, comment, "
			+ "follow_up, escalated, recovery, recovery_answered, each with who and when")
	@GetMapping("/{id}/timeline")
	List<CaseEvent> timeline(@PathVariable UUID id) {
		return cases.timeline(workspaces.current(), id);
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	CaseView comment(@PathVariable UUID id, @RequestBody Comment comment) {
		return cases.comment(workspaces.current(), id, comment.body());
	}

	@Operation(summary = "The customer's answer to the recovery question (metric nps or csat, score) asked another "
			+ "way, on the phone say, on a closed case; it counts in the recovery rate as a survey answer does")
	@PostMapping("/{id}/recovery")
	CaseView recovery(@PathVariable UUID id, @RequestBody RecoveryAnswer answer) {
		if (answer.score() == null) {
			throw new InvalidFieldException("score", "is required");
		}
		return cases.recoveryAnswer(workspaces.current(), id, answer.metric() == null ? "" : answer.metric(),
				answer.score(), clock.instant());
	}

	@Operation(summary = "Log a call or e-mail with the customer (channel: phone, email, chat, sms, visit; note): "
			+ "kept on the case and as an interaction of type follow_up on the customer's timeline")
	@PostMapping("/{id}/follow-ups")
	@ResponseStatus(HttpStatus.CREATED)
	CaseView followUp(@PathVariable UUID id, @RequestBody FollowUp followUp) {
		if (followUp.channel() == null) {
			throw new InvalidFieldException("channel", "is required: phone, email, chat, sms or visit");
		}
		return followUps.log(workspaces.current(), id, followUp.channel(), followUp.note());
	}
}
