package io.tajriba.actions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.internal.OwnerRegistry;
import io.tajriba.actions.internal.OwnerRegistry.Kind;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who owns what, on one page: per kind (touchpoints, stages, KPI targets, themes) each thing with its owner and
 * deputy, what nobody owns first; owners and admins change one line at a time. The journey page loads the stages'
 * owners from {@code /owners/on-journey}.
 */
@Controller
class OwnerPages {

	/** One line: what is owned (its key and label), its owner and deputy with their names, and whether they left. */
	record Row(String name, String label, @Nullable UUID owner, @Nullable String ownerName, @Nullable UUID deputy,
			@Nullable String deputyName, boolean ownerLeft) {

		public boolean unowned() {
			return owner == null;
		}
	}

	/** A kind's lines, the unowned first, and how many nobody owns. */
	record Section(String field, List<Row> rows, long unowned) {
	}

	private final Workspaces workspaces;
	private final OwnerRegistry registry;
	private final AccessAdministration administration;
	private final JourneyStages journeys;
	private final MessageSource messages;

	OwnerPages(Workspaces workspaces, OwnerRegistry registry, AccessAdministration administration,
			JourneyStages journeys, MessageSource messages) {
		this.workspaces = workspaces;
		this.registry = registry;
		this.administration = administration;
		this.journeys = journeys;
		this.messages = messages;
	}

	@GetMapping("/owners")
	String page(Model model) {
		Access access = workspaces.current();
		List<Member> members = administration.membersOf(access.workspaceId());
		model.addAttribute("sections", sections(access.workspaceId(), members));
		model.addAttribute("members", members);
		model.addAttribute("canAdminister", access.role().canAdminister());
		return "actions/owners";
	}

	@PostMapping("/owners")
	String assign(@RequestParam String kind, @RequestParam String name,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID deputy,
			RedirectAttributes redirect) {
		Access admin = workspaces.requireAdmin();
		try {
			registry.assign(admin, OwnerRegistry.kind(kind), name, owner, deputy);
			redirect.addFlashAttribute("saved", name);
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("errorField", e.field());
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/owners#" + OwnerRegistry.kind(kind).field();
	}

	@GetMapping("/owners/on-journey")
	String onJourney(Model model) {
		Access access = workspaces.current();
		List<Member> members = administration.membersOf(access.workspaceId());
		List<Section> sections = sections(access.workspaceId(), members);
		// on the journey, the stages in the map's order
		Section stages = sections.get(Kind.STAGE.ordinal());
		List<String> order = journeys.of(access.workspaceId(), null, "en").orElse(List.of()).stream()
			.map(JourneyStages.Stage::key).toList();
		model.addAttribute("stages", new Section(stages.field(), stages.rows().stream()
			.sorted(java.util.Comparator.comparingInt(r -> order.contains(r.name()) ? order.indexOf(r.name())
					: order.size()))
			.toList(), stages.unowned()));
		model.addAttribute("unowned", sections.stream().mapToLong(Section::unowned).sum());
		return "actions/owner-parts :: onJourney";
	}

	private List<Section> sections(UUID workspaceId, List<Member> members) {
		Map<UUID, String> names = members.stream().collect(Collectors.toMap(Member::userId, Member::displayName));
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> stageNames = new LinkedHashMap<>();
		journeys.of(workspaceId, null, locale.getLanguage()).orElse(List.of())
			.forEach(s -> stageNames.put(s.key(), s.name()));
		OwnerRegistry.Registry all = registry.registry(workspaceId);
		List<Section> sections = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			List<Row> rows = new ArrayList<>();
			for (String name : all.unowned().getOrDefault(kind, List.of())) {
				rows.add(new Row(name, label(kind, name, stageNames, locale), null, null, null, null, false));
			}
			Set<UUID> present = names.keySet();
			List<String> order = new ArrayList<>(stageNames.keySet());
			List<OwnerRegistry.Entry> owned = new ArrayList<>(all.owned().get(kind));
			if (kind == Kind.STAGE) {
				// stages in the map's order, any no longer on it last
				owned.sort(java.util.Comparator.comparingInt(e -> order.contains(e.name()) ? order.indexOf(e.name())
						: order.size()));
			}
			for (OwnerRegistry.Entry e : owned) {
				rows.add(new Row(e.name(), label(kind, e.name(), stageNames, locale), e.owner(), names.get(e.owner()),
						e.deputy(), e.deputy() == null ? null : names.get(e.deputy()), !present.contains(e.owner())));
			}
			sections.add(new Section(kind.field(), rows, all.unowned().getOrDefault(kind, List.of()).size()));
		}
		return sections;
	}

	private String label(Kind kind, String name, Map<String, String> stageNames, Locale locale) {
		return switch (kind) {
			case STAGE -> stageNames.getOrDefault(name, name);
			case KPI_TARGET -> {
				String[] parts = name.split(":", 2);
				String kpi = parts.length < 2 ? name
						: messages.getMessage("journeys.kpi." + parts[1].toUpperCase(Locale.ROOT), null, parts[1], locale);
				yield stageNames.getOrDefault(parts[0], parts[0]) + " · " + kpi;
			}
			default -> name;
		};
	}
}
