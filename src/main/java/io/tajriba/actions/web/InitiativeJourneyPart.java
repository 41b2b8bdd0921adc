package io.tajriba.actions.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.Initiative.Status;
import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.actions.internal.UnitCatalog;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The running and finished initiatives on the stages and touchpoints they target (their stage and touchpoint, and
 * their treated units when those are stages or touchpoints), as a fragment the journey map and the overview load.
 */
@Controller
class InitiativeJourneyPart {

	/** A place on the journey: a stage (by its key) or a touchpoint. */
	record Target(String kind, String key, String label) {
	}

	/** An initiative as the fragment lists it: finished ones with the verdict they were measured with. */
	record Item(UUID id, String title, String status, @Nullable String verdict) {
	}

	private final Workspaces workspaces;
	private final InitiativeService initiatives;
	private final UnitCatalog units;

	InitiativeJourneyPart(Workspaces workspaces, InitiativeService initiatives, UnitCatalog units) {
		this.workspaces = workspaces;
		this.initiatives = initiatives;
		this.units = units;
	}

	@GetMapping("/initiatives/on-journey")
	String onJourney(@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String touchpoint, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		Map<String, String> stages = units.labels(workspace.id(), UnitKind.STAGE,
				LocaleContextHolder.getLocale().getLanguage());
		Map<Target, List<Item>> groups = new LinkedHashMap<>();
		for (Initiative i : initiatives.list(workspace.id(), null)) {
			if (i.status() != Status.RUNNING && i.status() != Status.FINISHED) {
				continue;
			}
			Item item = new Item(i.id(), i.title(), i.status().key(), verdict(i));
			for (Target t : targets(i, stages)) {
				if ((stage == null || stage.isBlank() || t.kind().equals("stage") && t.key().equals(stage))
						&& (touchpoint == null || touchpoint.isBlank()
								|| t.kind().equals("touchpoint") && t.key().equals(touchpoint))) {
					groups.computeIfAbsent(t, k -> new ArrayList<>()).add(item);
				}
			}
		}
		List<String> order = new ArrayList<>(stages.keySet());
		Map<Target, List<Item>> sorted = new LinkedHashMap<>();
		groups.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Target, List<Item>> e) -> e.getKey().kind().equals("stage") ? 0 : 1)
				.thenComparing(e -> e.getKey().kind().equals("stage") ? order.indexOf(e.getKey().key()) : 0)
				.thenComparing(e -> e.getKey().label().toLowerCase(java.util.Locale.ROOT)))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		model.addAttribute("groups", sorted);
		return "actions/initiative-parts :: onJourney";
	}

	private static Set<Target> targets(Initiative i, Map<String, String> stages) {
		Set<Target> targets = new LinkedHashSet<>();
		if (i.stage() != null && !i.stage().isBlank()) {
			targets.add(new Target("stage", i.stage(), stages.getOrDefault(i.stage(), i.stage())));
		}
		if (i.touchpoint() != null && !i.touchpoint().isBlank()) {
			targets.add(new Target("touchpoint", i.touchpoint(), i.touchpoint()));
		}
		UnitKind kind = i.measurement().unitKind();
		for (String unit : i.measurement().treated()) {
			if (kind == UnitKind.STAGE) {
				targets.add(new Target("stage", unit, stages.getOrDefault(unit, unit)));
			}
			else if (kind == UnitKind.TOUCHPOINT) {
				targets.add(new Target("touchpoint", unit, unit));
			}
		}
		return targets;
	}

	/** The verdict kept when the initiative was finished; null while it runs. */
	static @Nullable String verdict(Initiative i) {
		return i.status() == Status.FINISHED && i.result() != null && i.result().hasNonNull("verdict")
				? i.result().get("verdict").asString() : null;
	}
}
