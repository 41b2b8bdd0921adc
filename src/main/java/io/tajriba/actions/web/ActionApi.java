package io.tajriba.actions.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.ActionPlans.Summary;
import io.tajriba.actions.domain.ActionStatus;
import io.tajriba.actions.domain.InsightLink;
import io.tajriba.actions.internal.ActionFilter;
import io.tajriba.actions.internal.ActionService;
import io.tajriba.actions.web.ActionJson.CommentView;
import io.tajriba.actions.web.ActionJson.FullView;
import io.tajriba.actions.web.ActionJson.ItemView;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Actions", description = "Action plans started from insights: pain points, drivers, themes, root causes, "
		+ "ideas; with owners, due days, status, progress and comments")
@RestController
@RequestMapping("/api/v1/actions")
class ActionApi {

	static final String BODY = " Body: title (1 to 200 characters), description, owner (a member's user id), dueOn "
			+ "(yyyy-mm-dd), status (" + ActionStatus.ALL + "; not_started by default), progress (0 to 100; 100 when "
			+ "done), initiative (an initiative's id), insight ({\"kind\": pain_point, driver, theme, root_cause or "
			+ "idea, \"ref\": pain_point touchpoint:<name> or stage:<key>, driver <survey id>:<driver key>, theme and "
			+ "root_cause their key, idea its id, \"label\": the text shown}), stage, touchpoint.";

	static final String ITEM = " Each: id, title, description, owner {id, name} or null, dueOn, status, progress, "
			+ "overdue (open past its due day, in the workspace's time zone), initiative {id, title} or null, insight "
			+ "{kind, ref, label} or null, stage, touchpoint, createdAt, updatedAt, doneAt.";

	private final Workspaces workspaces;
	private final ActionService actions;

	ActionApi(Workspaces workspaces, ActionService actions) {
		this.workspaces = workspaces;
		this.actions = actions;
	}

	@Operation(summary = "Actions by due day (those without one last), then oldest first. Filters: status, owner (a "
			+ "user id), initiative (an id), insightKind and insightRef, overdue=true." + ITEM)
	@GetMapping
	List<ItemView> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable UUID initiative,
			@RequestParam(required = false) @Nullable String insightKind,
			@RequestParam(required = false) @Nullable String insightRef,
			@RequestParam(defaultValue = "false") boolean overdue) {
		ActionFilter filter = filter(status, owner, initiative, insightKind, insightRef, overdue);
		return actions.list(workspaces.current(), filter).stream().map(ItemView::of).toList();
	}

	@Operation(summary = "Start an action (owners, admins, analysts); its owner is notified in the app." + BODY)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ItemView create(@RequestBody JsonNode body) {
		return ItemView.of(actions.create(workspaces.current(), ActionJson.newAction(body)));
	}

	@Operation(summary = "An action with its comments (id, author {id, name}, body, createdAt), oldest first." + ITEM)
	@GetMapping("/{id}")
	FullView get(@PathVariable UUID id) {
		Access access = workspaces.current();
		return FullView.of(actions.get(access, id), actions.comments(access, id));
	}

	@Operation(summary = "Change an action: any of title, description, owner, dueOn, status, progress, initiative; "
			+ "null clears owner, dueOn and initiative. Members with the agent role change only the actions they own; "
			+ "done sets progress to 100.")
	@PatchMapping("/{id}")
	ItemView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		actions.get(access, id);
		return ItemView.of(actions.change(access, id, ActionJson.change(body)));
	}

	@Operation(summary = "Delete an action and its comments (owners, admins, analysts)")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		actions.delete(workspaces.current(), id);
	}

	@Operation(summary = "Comment on an action: body, 1 to 10000 characters (agents on the actions they own)")
	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	CommentView comment(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		actions.get(access, id);
		return CommentView.of(actions.comment(access, id, ActionJson.comment(body)));
	}

	@Operation(summary = "What has been started from an insight (kind and ref as for an action's insight): actions, "
			+ "open, done, initiativesRunning, initiativesFinished")
	@GetMapping("/summary")
	Summary summary(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String ref) {
		InsightLink insight;
		try {
			insight = InsightLink.of(kind, ref, null);
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException(e.field().replace("insight.", ""), e.getMessage());
		}
		if (insight == null) {
			throw new InvalidFieldException("kind", "is required, with ref");
		}
		return actions.summary(workspaces.current().workspaceId(), insight);
	}

	static ActionFilter filter(@Nullable String status, @Nullable UUID owner, @Nullable UUID initiative,
			@Nullable String insightKind, @Nullable String insightRef, boolean overdue) {
		String kind = blank(insightKind);
		if (kind != null && !InsightLink.KINDS.contains(kind)) {
			throw new InvalidFieldException("insightKind", "must be one of " + String.join(", ", InsightLink.KINDS));
		}
		return new ActionFilter(blank(status) == null ? null : ActionStatus.of("status", status), owner, initiative,
				kind, blank(insightRef), overdue);
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
