package io.tajriba.quality.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingFigure;
import io.tajriba.quality.domain.Effect;
import io.tajriba.quality.internal.CoachingEffects;
import io.tajriba.quality.internal.CoachingModules;
import io.tajriba.quality.internal.CoachingPlans;
import io.tajriba.quality.internal.CoachingService;
import io.tajriba.quality.internal.CoachingSession;
import io.tajriba.quality.internal.TrainingNeed;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The coaching API's JSON: training needs, sessions with their effect, plans and modules, and the bodies it reads. */
final class CoachingJson {

	/** A mean or share from 0 to 1 with its 95% interval and n. */
	record FigureView(double value, double[] ci95, long n) {

		static FigureView of(CoachingFigure f) {
			return new FigureView(round(f.value()), new double[] { round(f.low()), round(f.high()) }, f.n());
		}
	}

	record ModuleRef(UUID id, String title, String link) {

		static @Nullable ModuleRef of(CoachingModules.@Nullable Module m) {
			return m == null ? null : new ModuleRef(m.id(), m.title(), m.link());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SuggestionView(String type, @Nullable ModuleRef module) {
	}

	record NeedView(String kind, String key, FigureView agent, FigureView team, double gap, double pValue,
			String basis, SuggestionView suggestion) {

		static NeedView of(TrainingNeed n) {
			return new NeedView(n.kind(), n.key(), FigureView.of(n.agent()), FigureView.of(n.team()), round(n.gap()),
					n.pValue(), n.basis(), new SuggestionView(n.suggestion().key(), ModuleRef.of(n.module())));
		}
	}

	record PlannedNeedView(String kind, String key, FigureView agent, FigureView team, double gap, double pValue,
			String basis, SuggestionView suggestion, @Nullable UUID session) {

		static PlannedNeedView of(CoachingPlans.PlannedNeed p) {
			NeedView n = NeedView.of(p.need());
			return new PlannedNeedView(n.kind(), n.key(), n.agent(), n.team(), n.gap(), n.pValue(), n.basis(),
					n.suggestion(), p.session());
		}
	}

	record MeasureView(String measure, @Nullable String key, @Nullable String method, @Nullable Double value,
			double @Nullable [] ci95, long n, boolean helped, int comparisonAgents, String basis, FigureView before,
			FigureView after) {

		static MeasureView of(CoachingEffects.Measured m) {
			Effect e = m.effect();
			return new MeasureView(m.measure(), m.key(), m.method(), e == null ? null : round(e.value()),
					e == null ? null : new double[] { round(e.low()), round(e.high()) }, e == null ? 0 : e.n(),
					e != null && e.helped(), m.comparisonAgents(), m.basis(), FigureView.of(m.before()),
					FigureView.of(m.after()));
		}
	}

	record EffectView(LocalDate from, LocalDate to, int days, List<MeasureView> measures) {

		static @Nullable EffectView of(CoachingEffects.@Nullable SessionEffect e) {
			return e == null ? null : new EffectView(e.from(), e.to(), e.days(),
					e.measures().stream().map(MeasureView::of).toList());
		}
	}

	record AgentRef(UUID id, String displayName) {
	}

	record CoachRef(@Nullable UUID user, String name) {
	}

	record SessionView(UUID id, AgentRef agent, CoachRef coach, LocalDate heldOn, String format,
			List<CoachingSession.Focus> focus, @Nullable String notes, List<CoachingSession.Action> actions,
			@Nullable LocalDate followUpOn, @Nullable ModuleRef module, boolean moduleCompleted,
			@Nullable Instant moduleCompletedAt, String status, String createdBy, Instant createdAt, Instant updatedAt,
			@Nullable EffectView effect) {

		static SessionView of(CoachingPlans.PlannedSession p, Agent agent) {
			CoachingSession s = p.session();
			return new SessionView(s.id(), new AgentRef(agent.id(), agent.displayName()),
					new CoachRef(s.coachUser(), s.coachName()), s.heldOn(), s.format().key(), s.focus(), s.notes(),
					s.actions(), s.followUpOn(), ModuleRef.of(p.module()), s.moduleCompletedAt() != null,
					s.moduleCompletedAt(), s.status().key(), s.createdBy(), s.createdAt(), s.updatedAt(),
					EffectView.of(p.effect()));
		}
	}

	record OpenActionView(UUID session, int index, String text, LocalDate heldOn) {
	}

	record PlanView(AgentRef agent, LocalDate from, LocalDate to, int window, List<PlannedNeedView> trainingNeeds,
			List<SessionView> sessions, List<OpenActionView> openActions, @Nullable LocalDate nextFollowUp,
			boolean followUpOverdue) {

		static PlanView of(CoachingPlans.Plan plan) {
			Agent a = plan.agent();
			return new PlanView(new AgentRef(a.id(), a.displayName()), plan.from(), plan.to(), plan.window(),
					plan.needs().stream().map(PlannedNeedView::of).toList(),
					plan.sessions().stream().map(s -> SessionView.of(s, a)).toList(),
					plan.openActions().stream().map(o -> new OpenActionView(o.session(), o.index(), o.text(),
							o.heldOn())).toList(), plan.nextFollowUp(), plan.followUpOverdue());
		}
	}

	record ModuleView(UUID id, String title, String link, @Nullable String criterion, @Nullable String theme,
			Instant createdAt) {

		static ModuleView of(CoachingModules.Module m) {
			boolean criterion = m.kind().equals(TrainingNeed.CRITERION);
			return new ModuleView(m.id(), m.title(), m.link(), criterion ? m.key() : null, criterion ? null : m.key(),
					m.createdAt());
		}
	}

	private CoachingJson() {
	}

	static CoachingService.NewSession newSession(JsonNode body) {
		JsonFields.object(body);
		return new CoachingService.NewSession(id(body, "agent"), id(body, "coach"), date(body, "heldOn"),
				JsonFields.text(body, "format"), focus(body.get("focus")), JsonFields.text(body, "notes"),
				actions(body.get("actions")), date(body, "followUpOn"), id(body, "module"), JsonFields.text(body, "status"));
	}

	static CoachingService.Change change(JsonNode body) {
		JsonFields.object(body);
		JsonNode actions = body.get("actions");
		return new CoachingService.Change(body.has("notes"), JsonFields.text(body, "notes"),
				actions == null || actions.isNull() ? null : actions(actions), body.has("followUpOn"),
				date(body, "followUpOn"), JsonFields.text(body, "status"), date(body, "heldOn"),
				bool(body, "moduleCompleted"));
	}

	static CoachingModules.Input module(JsonNode body) {
		JsonFields.object(body);
		return new CoachingModules.Input(JsonFields.text(body, "title"), JsonFields.text(body, "link"),
				JsonFields.text(body, "criterion"), JsonFields.text(body, "theme"));
	}

	private static List<CoachingSession.Focus> focus(@Nullable JsonNode focus) {
		List<CoachingSession.Focus> read = new ArrayList<>();
		if (focus == null || focus.isNull()) {
			return read;
		}
		if (!focus.isArray()) {
			throw new InvalidFieldException("focus", "must be a list of {\"kind\":\"criterion\"|\"theme\",\"key\":..}");
		}
		for (int i = 0; i < focus.size(); i++) {
			JsonNode item = focus.get(i);
			if (!item.isObject() || !item.path("kind").isString() || !item.path("key").isString()) {
				throw new InvalidFieldException("focus[" + i + "]", "must be {\"kind\":\"criterion\"|\"theme\",\"key\":..}");
			}
			read.add(new CoachingSession.Focus(item.get("kind").asString(), item.get("key").asString().strip()));
		}
		return read;
	}

	private static List<CoachingService.NewAction> actions(@Nullable JsonNode actions) {
		List<CoachingService.NewAction> read = new ArrayList<>();
		if (actions == null || actions.isNull()) {
			return read;
		}
		if (!actions.isArray()) {
			throw new InvalidFieldException("actions", "must be a list of {\"text\":..,\"done\":false}");
		}
		for (int i = 0; i < actions.size(); i++) {
			JsonNode item = actions.get(i);
			String at = "actions[" + i + "]";
			if (!item.isObject()) {
				throw new InvalidFieldException(at, "must be {\"text\":..,\"done\":false}");
			}
			String text;
			try {
				text = JsonFields.text(item, "text");
			}
			catch (InvalidFieldException e) {
				throw new InvalidFieldException(at + ".text", e.getMessage());
			}
			Boolean done;
			try {
				done = bool(item, "done");
			}
			catch (InvalidFieldException e) {
				throw new InvalidFieldException(at + ".done", e.getMessage());
			}
			read.add(new CoachingService.NewAction(text, done != null && done));
		}
		return read;
	}

	static @Nullable UUID id(JsonNode body, String field) {
		String value = JsonFields.text(body, field);
		try {
			return value == null ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	private static @Nullable LocalDate date(JsonNode body, String field) {
		return Dates.parseDate(field, JsonFields.text(body, field));
	}

	private static @Nullable Boolean bool(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			throw new InvalidFieldException(field, "must be true or false");
		}
		return value.asBoolean();
	}

	static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
