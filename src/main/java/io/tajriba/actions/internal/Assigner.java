package io.tajriba.actions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

import io.tajriba.actions.Team;
import io.tajriba.actions.domain.Assignment;
import io.tajriba.actions.domain.Signal;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the owner of a new case as its rule says; a touchpoint's or stage's owner who has left the workspace hands
 * over to their deputy. Nobody found (no owner set for the touchpoint, owner and deputy gone, an agent in no team)
 * means the workspace's admins, in turn: a case never goes nowhere.
 */
@Component
class Assigner {

	/** Who owns a case, and the team it belongs to if any. */
	record Owner(UUID userId, @Nullable UUID teamId) {
	}

	private final AccessAdministration administration;
	private final TeamStore teams;
	private final JourneyStages journeys;

	Assigner(AccessAdministration administration, TeamStore teams, JourneyStages journeys) {
		this.administration = administration;
		this.teams = teams;
		this.journeys = journeys;
	}

	/** The owner for a signal; {@code turn} gives the next turn of the rule's round robin. */
	Owner assign(UUID workspaceId, Assignment assignment, Signal signal, LongSupplier turn) {
		List<Member> members = administration.membersOf(workspaceId);
		return find(workspaceId, assignment, signal, members, turn)
			.orElseGet(() -> new Owner(admins(members, turn), null));
	}

	private Optional<Owner> find(UUID workspaceId, Assignment a, Signal signal, List<Member> members,
			LongSupplier turn) {
		Signal.Where where = signal.where();
		return switch (a.to()) {
			case "user" -> member(members, a.user()).map(u -> new Owner(u, null));
			case "role" -> inTurn(members.stream().filter(m -> m.role().id().equals(a.role())).map(Member::userId)
				.toList(), turn).map(u -> new Owner(u, null));
			case "touchpoint_owner" -> where.touchpoint() == null ? Optional.empty()
					: teams.owner(workspaceId, "touchpoint", where.touchpoint()).flatMap(o -> present(members, o))
						.map(u -> new Owner(u, null));
			case "stage_owner" -> stageOf(workspaceId, where.touchpoint())
				.flatMap(stage -> teams.owner(workspaceId, "stage", stage)).flatMap(o -> present(members, o))
				.map(u -> new Owner(u, null));
			// of the signal's themes in order, the first whose owner (or deputy) is there
			case "theme_owner" -> signal.themes().stream().sorted()
				.map(theme -> teams.owner(workspaceId, "theme", theme).flatMap(o -> present(members, o)))
				.flatMap(Optional::stream).findFirst().map(u -> new Owner(u, null));
			case "team_lead" -> teamOfAgent(workspaceId, where.agent())
				.flatMap(t -> member(members, t.lead()).map(u -> new Owner(u, t.id())));
			case "round_robin" -> teams.find(workspaceId, a.team()).flatMap(t -> inTurn(t.people().stream()
				.filter(p -> member(members, p).isPresent()).toList(), turn).map(u -> new Owner(u, t.id())));
			default -> Optional.empty();
		};
	}

	/** The team whose agents include this one, if any. */
	Optional<Team> teamOfAgent(UUID workspaceId, @Nullable String agent) {
		return agent == null ? Optional.empty()
				: teams.list(workspaceId).stream().filter(t -> t.agents().contains(agent)).findFirst();
	}

	/** The manager of a user: the lead of a team they are a member of (not their own lead), if any. */
	Optional<UUID> managerOf(UUID workspaceId, UUID userId) {
		return teams.list(workspaceId).stream()
			.filter(t -> t.lead() != null && !t.lead().equals(userId) && t.members().contains(userId))
			.map(Team::lead).findFirst();
	}

	/** The owners and admins of the workspace. */
	List<UUID> adminsOf(UUID workspaceId) {
		return administration.membersOf(workspaceId).stream().filter(m -> m.role().canAdminister())
			.map(Member::userId).toList();
	}

	private Optional<String> stageOf(UUID workspaceId, @Nullable String touchpoint) {
		if (touchpoint == null) {
			return Optional.empty();
		}
		return journeys.of(workspaceId, null, "en").flatMap(stages -> stages.stream()
			.filter(s -> s.touchpoints().contains(touchpoint)).map(JourneyStages.Stage::key).findFirst());
	}

	private static UUID admins(List<Member> members, LongSupplier turn) {
		List<UUID> admins = members.stream().filter(m -> m.role().canAdminister()).map(Member::userId).toList();
		return inTurn(admins, turn).orElseGet(() -> members.stream().filter(m -> m.role() == Role.OWNER)
			.map(Member::userId).findFirst().orElseThrow(() -> new IllegalStateException("A workspace without owner")));
	}

	/** The owner while they are a member of the workspace; else their deputy while the deputy is. */
	private static Optional<UUID> present(List<Member> members, TeamStore.OwnerRow owner) {
		return member(members, owner.owner()).or(() -> member(members, owner.deputy()));
	}

	private static Optional<UUID> member(List<Member> members, @Nullable UUID userId) {
		return userId == null ? Optional.empty()
				: members.stream().map(Member::userId).filter(userId::equals).findFirst();
	}

	private static Optional<UUID> inTurn(List<UUID> people, LongSupplier turn) {
		return people.isEmpty() ? Optional.empty()
				: Optional.of(people.get((int) Math.floorMod(turn.getAsLong(), (long) people.size())));
	}
}
