package io.tajriba.actions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.actions.domain.Action;
import io.tajriba.actions.internal.ActionChange;
import io.tajriba.actions.internal.ActionComment;
import io.tajriba.actions.internal.ActionView;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The action API's JSON: actions with names for their ids, comments, and the bodies it reads. */
final class ActionJson {

	private ActionJson() {
	}

	record Named(@Nullable UUID id, String name) {
	}

	record InitiativeRef(UUID id, @Nullable String title) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record InsightView(String kind, String ref, @Nullable String label) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ItemView(UUID id, String title, String description, @Nullable Named owner, @Nullable LocalDate dueOn,
			String status, int progress, boolean overdue, @Nullable InitiativeRef initiative,
			@Nullable InsightView insight, @Nullable String stage, @Nullable String touchpoint, Instant createdAt,
			Instant updatedAt, @Nullable Instant doneAt) {

		static ItemView of(ActionView v) {
			Action a = v.action();
			return new ItemView(a.id(), a.title(), a.description(),
					a.owner() == null ? null : new Named(a.owner(), v.ownerName() == null ? "" : v.ownerName()),
					a.dueOn(), a.status().id(), a.progress(), v.overdue(),
					a.initiative() == null ? null : new InitiativeRef(a.initiative(), v.initiativeTitle()),
					a.insight() == null ? null
							: new InsightView(a.insight().kind(), a.insight().ref(), a.insight().label()),
					a.stage(), a.touchpoint(), a.createdAt(), a.updatedAt(), a.doneAt());
		}
	}

	record CommentView(UUID id, Named author, String body, Instant createdAt) {

		static CommentView of(ActionComment c) {
			return new CommentView(c.id(), new Named(c.authorUser(), c.authorName()), c.body(), c.createdAt());
		}
	}

	/** An action with its comments, oldest first. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record FullView(UUID id, String title, String description, @Nullable Named owner, @Nullable LocalDate dueOn,
			String status, int progress, boolean overdue, @Nullable InitiativeRef initiative,
			@Nullable InsightView insight, @Nullable String stage, @Nullable String touchpoint, Instant createdAt,
			Instant updatedAt, @Nullable Instant doneAt, List<CommentView> comments) {

		static FullView of(ActionView v, List<ActionComment> comments) {
			ItemView i = ItemView.of(v);
			return new FullView(i.id(), i.title(), i.description(), i.owner(), i.dueOn(), i.status(), i.progress(),
					i.overdue(), i.initiative(), i.insight(), i.stage(), i.touchpoint(), i.createdAt(), i.updatedAt(),
					i.doneAt(), comments.stream().map(CommentView::of).toList());
		}
	}

	static NewAction newAction(@Nullable JsonNode body) {
		JsonFields fields = fields(body);
		JsonNode insight = body.get("insight");
		if (insight != null && !insight.isNull() && !insight.isObject()) {
			throw new InvalidFieldException("insight", "must be {\"kind\":..,\"ref\":..,\"label\":..}");
		}
		JsonFields link = new JsonFields(insight == null || insight.isNull() ? JsonNodeFactory.instance.objectNode()
				: insight);
		return new NewAction(text(fields.text("title", 10_000)), fields.text("description", 10_000), id(fields, "owner"), Dates.parseDate("dueOn", fields.text("dueOn", 40)),
				fields.text("status", 40), fields.integer("progress"), id(fields, "initiative"),
				in("insight.kind", () -> link.text("kind", 40)), in("insight.ref", () -> link.text("ref", 300)),
				in("insight.label", () -> link.text("label", 300)), fields.text("stage", 200),
				fields.text("touchpoint", 200), null);
	}

	static ActionChange change(@Nullable JsonNode body) {
		JsonFields fields = fields(body);
		String title = body.has("title") ? text(fields.text("title", 10_000)) : null;
		String description = body.has("description") ? text(fields.text("description", 10_000)) : null;
		return new ActionChange(title, description, body.has("owner"), id(fields, "owner"), body.has("dueOn"),
				Dates.parseDate("dueOn", fields.text("dueOn", 40)), fields.text("status", 40),
				fields.integer("progress"), body.has("initiative"), id(fields, "initiative"));
	}

	static @Nullable String comment(@Nullable JsonNode body) {
		return fields(body).text("body", 20_000);
	}

	private static JsonFields fields(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		return new JsonFields(body);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable UUID id(JsonFields fields, String field) {
		String value = fields.text(field, 100);
		try {
			return value == null ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	/** Reads a field of the nested insight, naming it insight.field when it is wrong. */
	private static @Nullable String in(String field, java.util.function.Supplier<@Nullable String> read) {
		try {
			return read.get();
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException(field, e.getMessage());
		}
	}
}
