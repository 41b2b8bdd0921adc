package io.tajriba.actions.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.interactions.Interactions;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one registry of who owns what: touchpoints (by name), journey stages (by key), stages' KPI targets
 * ({@code stage:kpi}) and text themes (by key), each owner with an optional deputy; and what nobody owns yet, of the
 * touchpoints recorded or mapped, the first map's stages and targets, and the taxonomy's themes.
 */
@Service
public class OwnerRegistry {

	/** The kinds in the order they are shown, each with the field that names it in the API. */
	public enum Kind {
		TOUCHPOINT("touchpoint", "touchpoints"), STAGE("stage", "stages"), KPI_TARGET("kpi_target", "kpiTargets"),
		THEME("theme", "themes");

		private final String stored;
		private final String field;

		Kind(String stored, String field) {
			this.stored = stored;
			this.field = field;
		}

		public String field() {
			return field;
		}
	}

	/** One owned thing: its name, its owner and deputy. */
	public record Entry(String name, UUID owner, @Nullable UUID deputy) {
	}

	/** Owners and deputies per kind, and the names of each kind that nobody owns. */
	public record Registry(Map<Kind, List<Entry>> owned, Map<Kind, List<String>> unowned) {
	}

	static final int MAX_OWNERS = 2000;
	static final int MAX_NAME = 200;

	private final TeamStore store;
	private final AccessAdministration administration;
	private final JourneyStages journeys;
	private final Interactions interactions;
	private final TextAnalytics text;

	OwnerRegistry(TeamStore store, AccessAdministration administration, JourneyStages journeys,
			Interactions interactions, TextAnalytics text) {
		this.store = store;
		this.administration = administration;
		this.journeys = journeys;
		this.interactions = interactions;
		this.text = text;
	}

	public Map<Kind, List<Entry>> owners(UUID workspaceId) {
		Map<Kind, List<Entry>> owned = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			owned.put(kind, store.ownerRows(workspaceId, kind.stored).stream()
				.map(r -> new Entry(r.name(), r.owner(), r.deputy()))
				.sorted(java.util.Comparator.comparing(Entry::name)).toList());
		}
		return owned;
	}

	public Registry registry(UUID workspaceId) {
		Map<Kind, List<Entry>> owned = owners(workspaceId);
		Map<Kind, List<String>> unowned = new LinkedHashMap<>();
		known(workspaceId).forEach((kind, names) -> {
			Set<String> taken = owned.get(kind).stream().map(Entry::name).collect(Collectors.toSet());
			unowned.put(kind, names.stream().filter(n -> !taken.contains(n)).toList());
		});
		return new Registry(owned, unowned);
	}

	/** What there is to own: recorded and mapped touchpoints, the first map's stages and targets, the themes. */
	Map<Kind, List<String>> known(UUID workspaceId) {
		List<JourneyStages.Stage> stages = journeys.of(workspaceId, null, "en").orElse(List.of());
		Set<String> touchpoints = new LinkedHashSet<>();
		stages.forEach(s -> touchpoints.addAll(s.touchpoints()));
		touchpoints.addAll(interactions.touchpointNames(workspaceId));
		Map<Kind, List<String>> known = new LinkedHashMap<>();
		known.put(Kind.TOUCHPOINT, touchpoints.stream().sorted().toList());
		known.put(Kind.STAGE, stages.stream().map(JourneyStages.Stage::key).toList());
		known.put(Kind.KPI_TARGET, journeys.kpiTargets(workspaceId));
		known.put(Kind.THEME, text.themes(workspaceId));
		return known;
	}

	/**
	 * Replaces the owners of the kinds given (a kind left out stays as it is), each name to its owner, and the
	 * deputies of those kinds; owners and deputies must be members, a deputy needs an owner and is someone else.
	 */
	@Transactional
	public Map<Kind, List<Entry>> replace(Access admin, Map<Kind, Map<String, UUID>> owners,
			Map<Kind, Map<String, UUID>> deputies) {
		if (!admin.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins may do this");
		}
		UUID workspaceId = admin.workspaceId();
		Set<UUID> members = administration.membersOf(workspaceId).stream().map(Member::userId)
			.collect(Collectors.toSet());
		long count = 0;
		for (Kind kind : owners.keySet()) {
			Map<String, UUID> named = owners.get(kind);
			count += named.size();
			named.forEach((name, user) -> check(kind.field + "." + name, name, user, members));
			Map<String, UUID> deputy = deputies.getOrDefault(kind, Map.of());
			deputy.forEach((name, user) -> {
				String field = "deputies." + kind.field + "." + name;
				check(field, name, user, members);
				if (!named.containsKey(name)) {
					throw new InvalidFieldException(field, "a deputy needs an owner of the same " + kind.stored);
				}
				if (user.equals(named.get(name))) {
					throw new InvalidFieldException(field, "must be someone other than the owner");
				}
			});
		}
		for (Kind kind : deputies.keySet()) {
			if (!owners.containsKey(kind) && !deputies.get(kind).isEmpty()) {
				throw new InvalidFieldException("deputies." + kind.field, "give the owners of these too");
			}
		}
		if (count > MAX_OWNERS) {
			throw new InvalidFieldException("owners", "at most " + MAX_OWNERS + " owners at a time");
		}
		owners.forEach((kind, named) -> store.replaceOwners(workspaceId, kind.stored, named,
				deputies.getOrDefault(kind, Map.of())));
		return owners(workspaceId);
	}

	/** Sets (or, with no owner, removes) the owner and deputy of one thing, the others of its kind kept. */
	@Transactional
	public void assign(Access admin, Kind kind, String name, @Nullable UUID owner, @Nullable UUID deputy) {
		List<Entry> entries = owners(admin.workspaceId()).get(kind);
		Map<String, UUID> named = new LinkedHashMap<>(byName(entries));
		Map<String, UUID> deputies = new LinkedHashMap<>(deputies(entries));
		named.remove(name);
		deputies.remove(name);
		if (owner != null) {
			named.put(name, owner);
			if (deputy != null) {
				deputies.put(name, deputy);
			}
		}
		else if (deputy != null) {
			throw new InvalidFieldException("deputies." + kind.field + "." + name, "a deputy needs an owner of the same "
					+ kind.stored);
		}
		replace(admin, Map.of(kind, named), Map.of(kind, deputies));
	}

	public static Kind kind(String field) {
		for (Kind kind : Kind.values()) {
			if (kind.field.equals(field) || kind.stored.equals(field)) {
				return kind;
			}
		}
		throw new InvalidFieldException("kind", "must be touchpoints, stages, kpiTargets or themes");
	}

	private static void check(String field, String name, @Nullable UUID user, Set<UUID> members) {
		if (name.isBlank() || name.length() > MAX_NAME) {
			throw new InvalidFieldException(field, "names are 1 to " + MAX_NAME + " characters");
		}
		if (user == null || !members.contains(user)) {
			throw new InvalidFieldException(field, "must name a member of this workspace");
		}
	}

	/** The owners of each kind as name to user id, for what reads them as maps. */
	public static Map<String, UUID> byName(List<Entry> entries) {
		Map<String, UUID> map = new LinkedHashMap<>();
		entries.forEach(e -> map.put(e.name(), e.owner()));
		return map;
	}

	/** The deputies of each kind as name to user id. */
	public static Map<String, UUID> deputies(List<Entry> entries) {
		Map<String, UUID> map = new LinkedHashMap<>();
		entries.stream().filter(e -> e.deputy() != null).forEach(e -> map.put(e.name(), e.deputy()));
		return map;
	}
}
