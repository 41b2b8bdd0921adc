package io.tajriba.actions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Personas;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Which units an initiative may name: any touchpoint, channel or agent the answers name, a stage of the
 * workspace's first journey map by its key, a persona by its id; and what to call them.
 */
@Service
public class UnitCatalog {

	private final JourneyStages stages;
	private final Personas personas;

	UnitCatalog(JourneyStages stages, Personas personas) {
		this.stages = stages;
		this.personas = personas;
	}

	public void check(UUID workspaceId, UnitKind kind, String field, List<String> units) {
		if (kind != UnitKind.STAGE && kind != UnitKind.PERSONA || units.isEmpty()) {
			return;
		}
		Map<String, String> known = labels(workspaceId, kind, null);
		for (String unit : units) {
			if (!known.containsKey(unit)) {
				throw new InvalidFieldException(field, "'" + unit + "' is no " + kind.key() + " of this workspace"
						+ (kind == UnitKind.STAGE ? " (a stage's key on the first journey map)" : " (a persona's id)"));
			}
		}
	}

	/** Stage keys and persona ids with their names; empty for the other kinds, whose units are their own names. */
	public Map<String, String> labels(UUID workspaceId, UnitKind kind, @Nullable String language) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (kind == UnitKind.STAGE) {
			stages.of(workspaceId, null, language).orElse(List.of()).forEach(s -> labels.put(s.key(), s.name()));
		}
		else if (kind == UnitKind.PERSONA) {
			for (Persona p : personas.list(workspaceId)) {
				labels.put(p.id().toString(), p.name());
			}
		}
		return labels;
	}
}
