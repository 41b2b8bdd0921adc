package io.tajriba.journeys;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.journeys.internal.JourneyRecord;
import io.tajriba.journeys.internal.JourneyService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The stages of a workspace's journey maps as other modules need them: in the map's order, each with its key, its
 * name in one language and the touchpoints assigned to it.
 */
@Service
public class JourneyStages {

	/**
	 * A stage: its key (stable across renames), its name in the language asked for (English where it has no
	 * translation) and its touchpoints as the map lists them.
	 */
	public record Stage(String key, String name, List<String> touchpoints) {

		public Stage {
			touchpoints = List.copyOf(touchpoints);
		}
	}

	private final JourneyService journeys;

	JourneyStages(JourneyService journeys) {
		this.journeys = journeys;
	}

	/**
	 * The stages of the map {@code journeyId}, or of the workspace's first map (the one its list starts with, made
	 * from the template on first use) when no id is given; none when the workspace has no map of that id, which is
	 * also the answer for another workspace's map.
	 */
	public Optional<List<Stage>> of(UUID workspaceId, @Nullable UUID journeyId, @Nullable String language) {
		Optional<JourneyRecord> record = journeyId == null ? journeys.list(workspaceId).stream().findFirst()
				: journeys.find(workspaceId, journeyId);
		String lang = language(language);
		return record.map(r -> r.map().stages().stream()
			.map(s -> new Stage(s.key(), s.name().in(lang), s.touchpoints()))
			.toList());
	}

	/**
	 * The KPI targets set on the stages of the workspace's first map, each as {@code stage key:kpi} (kpi in lower
	 * case: conversion, csat, ces, positive_sentiment, median_hours), in the map's order.
	 */
	public List<String> kpiTargets(UUID workspaceId) {
		return journeys.list(workspaceId).stream().findFirst().map(r -> r.map().stages().stream()
			.flatMap(s -> java.util.Arrays.stream(io.tajriba.journeys.domain.Kpi.values())
				.filter(k -> s.targets().of(k) != null).map(k -> s.key() + ":" + k.name().toLowerCase(Locale.ROOT)))
			.toList()).orElse(List.of());
	}

	/**
	 * Places touchpoints at the stages of the workspace's first map, as editing the map does (owners, admins and
	 * analysts): each stage named (by key) gets these touchpoints; the others keep theirs.
	 */
	public void placeTouchpoints(io.tajriba.workspaces.Access editor, java.util.Map<String, List<String>> byStage) {
		journeys.list(editor.workspaceId()).stream().findFirst()
			.ifPresent(r -> journeys.placeTouchpoints(editor, r.id(), byStage));
	}

	/** fa-IR is fa: the maps are named per language, not per region. */
	private static String language(@Nullable String locale) {
		if (locale == null || locale.isBlank()) {
			return "en";
		}
		return locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
	}
}
