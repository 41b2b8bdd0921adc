package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tajriba.journeys.domain.DataType.EMPLOYEE;
import static io.tajriba.journeys.domain.DataType.PURCHASE;
import static io.tajriba.journeys.domain.DataType.SERVICE;
import static io.tajriba.journeys.domain.DataType.SOCIAL;
import static io.tajriba.journeys.domain.DataType.SURVEY;
import static io.tajriba.journeys.domain.DataType.TEXT;
import static io.tajriba.journeys.domain.DataType.WEB;

/**
 * Stages × data types: which stage has which data, where the gaps are and what to collect to close them. A cell
 * with no record is a gap, one with fewer than {@code coveredAt} is thin (too few for a rate whose interval means
 * anything), the rest are covered. Recommendations go only to cells where the data type is expected: for the
 * template's stages what a customer at that stage can leave behind, for stages of a workspace's own every type.
 */
public record CoverageMatrix(List<String> stageKeys, List<CoverageCell> cells) {

	public static final long DEFAULT_COVERED_AT = 30;

	private static final Map<String, Set<DataType>> TEMPLATE_EXPECTED = Map.of(
			"awareness", EnumSet.of(WEB, SOCIAL, SURVEY),
			"discovery", EnumSet.of(WEB, SOCIAL, SURVEY),
			"interest", EnumSet.of(WEB, SURVEY, TEXT),
			"consideration", EnumSet.of(WEB, SERVICE, SURVEY, TEXT),
			"action", EnumSet.of(WEB, PURCHASE, SURVEY, TEXT, EMPLOYEE),
			"use", EnumSet.of(PURCHASE, SERVICE, SURVEY, TEXT, EMPLOYEE),
			"advocacy", EnumSet.of(SOCIAL, SURVEY, TEXT));

	public CoverageMatrix {
		stageKeys = List.copyOf(stageKeys);
		cells = List.copyOf(cells);
		if (cells.size() != stageKeys.size() * DataType.values().length) {
			throw new IllegalArgumentException("a coverage matrix has one cell per stage and data type");
		}
	}

	public static CoverageMatrix of(JourneyMap map, CoverageCounts counts, long coveredAt) {
		if (counts.stageCount() != map.size() || coveredAt < 1) {
			throw new IllegalArgumentException("counts must be for the map's stages, and coveredAt at least 1");
		}
		List<CoverageCell> cells = new ArrayList<>();
		for (int index = 0; index < map.size(); index++) {
			Stage stage = map.stage(index);
			Set<DataType> expected = TEMPLATE_EXPECTED.getOrDefault(stage.key(), EnumSet.allOf(DataType.class));
			for (DataType type : DataType.values()) {
				cells.add(cell(index, stage, type, counts.count(index, type), expected.contains(type), coveredAt));
			}
		}
		return new CoverageMatrix(map.stages().stream().map(Stage::key).toList(), cells);
	}

	private static CoverageCell cell(int index, Stage stage, DataType type, long count, boolean expected,
			long coveredAt) {
		CoverageStatus status = count == 0 ? CoverageStatus.GAP
				: count < coveredAt ? CoverageStatus.THIN : CoverageStatus.COVERED;
		Recommendation recommendation = !expected ? null : switch (status) {
			case GAP -> Recommendation.gap(type, stage);
			case THIN -> Recommendation.thin(type, stage, count, coveredAt);
			case COVERED -> null;
		};
		return new CoverageCell(index, type, count, status, expected, recommendation);
	}

	public CoverageCell cell(int stage, DataType type) {
		return cells.get(stage * DataType.values().length + type.ordinal());
	}

	/** The expected cells short of data, stage by stage: what to collect next. */
	public List<CoverageCell> gaps() {
		return cells.stream().filter(c -> c.recommendation() != null).toList();
	}
}
