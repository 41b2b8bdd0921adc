package io.tajriba.journeys.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.LocalizedText;
import io.tajriba.personas.Personas;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's journey maps: the first is made from the seven-stage template when the workspace first looks at
 * its journeys; owners, admins and analysts change them.
 */
@Service
public class JourneyService {

	private final JourneyStore store;
	private final Personas personas;
	private final Clock clock;

	JourneyService(JourneyStore store, Personas personas, Clock clock) {
		this.store = store;
		this.personas = personas;
		this.clock = clock;
	}

	/** The workspace's maps; the template map when it has none yet. */
	@Transactional
	public List<JourneyRecord> list(UUID workspaceId) {
		List<JourneyRecord> maps = store.list(workspaceId);
		if (!maps.isEmpty()) {
			return maps;
		}
		store.lock(workspaceId);
		maps = store.list(workspaceId);
		return !maps.isEmpty() ? maps
				: List.of(store.insert(workspaceId, null, JourneyMap.template(), clock.instant()));
	}

	public JourneyRecord get(UUID workspaceId, UUID id) {
		return find(workspaceId, id).orElseThrow(() -> new NotFoundException("Journey map"));
	}

	/** The map of this id in this workspace; none for an unknown id or another workspace's map. */
	public Optional<JourneyRecord> find(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id);
	}

	public static boolean canEdit(Role role) {
		return role == Role.OWNER || role == Role.ADMIN || role == Role.ANALYST;
	}

	@Transactional
	public JourneyRecord update(Access access, UUID id, JourneyChange change) {
		requireEditor(access);
		get(access.workspaceId(), id);
		JourneyMap map = change.toMap();
		requirePersona(access.workspaceId(), change.personaId());
		store.update(access.workspaceId(), id, change.personaId(), map, clock.instant());
		return get(access.workspaceId(), id);
	}

	/** Renames a stage and rewrites its intended experience in one language, and sets its targets. */
	@Transactional
	public JourneyRecord editStage(Access access, UUID id, String key, String language, String name,
			String experience, JourneyChange.Targets targets) {
		requireEditor(access);
		JourneyRecord record = get(access.workspaceId(), id);
		int index = record.map().indexOf(key);
		if (index < 0) {
			throw new InvalidFieldException("stage", "no stage " + key);
		}
		JourneyChange base = JourneyChange.of(record);
		List<JourneyChange.StageChange> stages = new ArrayList<>(base.stages());
		JourneyChange.StageChange s = stages.get(index);
		stages.set(index, new JourneyChange.StageChange(s.key(), in(s.name(), language, name),
				in(s.intendedExperience(), language, experience), s.touchpoints(), s.interactionTypes(),
				s.surveyQuestions(), targets));
		return update(access, id, new JourneyChange(base.name(), base.personaId(), stages));
	}

	/** Places touchpoints at stages (by key): each stage named gets these touchpoints, the others keep theirs. */
	@Transactional
	public JourneyRecord placeTouchpoints(Access access, UUID id, java.util.Map<String, List<String>> byStage) {
		requireEditor(access);
		JourneyChange base = JourneyChange.of(get(access.workspaceId(), id));
		List<JourneyChange.StageChange> stages = new ArrayList<>();
		for (JourneyChange.StageChange s : base.stages()) {
			stages.add(!byStage.containsKey(s.key()) ? s
					: new JourneyChange.StageChange(s.key(), s.name(), s.intendedExperience(), byStage.get(s.key()),
							s.interactionTypes(), s.surveyQuestions(), s.targets()));
		}
		return update(access, id, new JourneyChange(base.name(), base.personaId(), stages));
	}

	private static LocalizedText in(@Nullable LocalizedText old, String language, String value) {
		LocalizedText text = old == null ? LocalizedText.of("") : old;
		String v = value.strip();
		return switch (language) {
			case "fa" -> new LocalizedText(text.en(), v, text.ar(), text.he());
			case "ar" -> new LocalizedText(text.en(), text.fa(), v, text.he());
			case "he" -> new LocalizedText(text.en(), text.fa(), text.ar(), v);
			default -> new LocalizedText(v, text.fa(), text.ar(), text.he());
		};
	}

	private void requirePersona(UUID workspaceId, @Nullable UUID personaId) {
		if (personaId != null && personas.list(workspaceId).stream().noneMatch(p -> p.id().equals(personaId))) {
			throw new InvalidFieldException("personaId", "no such persona in this workspace");
		}
	}

	private static void requireEditor(Access access) {
		if (!canEdit(access.role())) {
			throw new AccessDeniedException("Only owners, admins and analysts change journey maps");
		}
	}
}
