package io.tajriba.journeys.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageMatrixTests {

	private static final int AWARENESS = 0;
	private static final int INTEREST = 2;
	private static final int ACTION = 4;
	private static final int USE = 5;
	private static final int ADVOCACY = 6;

	private final JourneyMap map = JourneyMap.template();

	@Test
	void interactionTypesCountAsTheirDataTypes() {
		var counts = new CoverageCounts(7);
		counts.addInteractions(USE, "chat", true, 10);
		counts.addInteractions(ADVOCACY, "review", true, 3);
		counts.addInteractions(INTEREST, "store_visit", false, 4);
		counts.addInteractions(INTEREST, "page_view", false, 2);
		counts.addInteractions(ACTION, "refund", false, 1);
		counts.addInteractions(ACTION, "mystery", false, 9);
		counts.addInteractions(StageAssignment.UNASSIGNED, "purchase", false, 9);
		assertThat(counts.count(USE, DataType.SERVICE)).isEqualTo(10);
		assertThat(counts.count(USE, DataType.TEXT)).isEqualTo(10);
		assertThat(counts.count(ADVOCACY, DataType.TEXT)).isEqualTo(3);
		assertThat(counts.count(INTEREST, DataType.WEB)).isEqualTo(6);
		assertThat(counts.count(ACTION, DataType.PURCHASE)).isEqualTo(1);
		assertThat(DataType.ofInteractionType("Share")).isEqualTo(DataType.SOCIAL);
		assertThat(DataType.ofInteractionType("bounce")).isEqualTo(DataType.WEB);
		assertThat(DataType.ofInteractionType("support_ticket")).isEqualTo(DataType.SERVICE);
		assertThat(DataType.ofInteractionType("mystery")).isNull();
	}

	@Test
	void eventsCountByTheirTypeCodes() {
		var events = new JourneyEvents(4);
		events.add(0, 1, ACTION, NONE, NONE, 0, 0);
		events.add(0, 2, ACTION, NONE, NONE, 1, 0);
		events.add(0, 3, NONE, NONE, NONE, 0, 0);
		events.add(1, 1, USE, NONE, NONE, 2, 0);
		events.add(1, 2, USE, NONE, NONE, NONE, 0);
		var counts = new CoverageCounts(7);
		counts.addEvents(events, new DataType[] {DataType.PURCHASE, null, DataType.SERVICE});
		assertThat(counts.count(ACTION, DataType.PURCHASE)).isEqualTo(1);
		assertThat(counts.count(USE, DataType.SERVICE)).isEqualTo(1);
		assertThat(DataType.values()).allSatisfy(t -> assertThat(counts.count(AWARENESS, t)).isZero());
	}

	@Test
	void cellsAreGapsThinOrCoveredWithWhatToCollect() {
		var counts = new CoverageCounts(7);
		counts.add(AWARENESS, DataType.WEB, 100);
		counts.add(AWARENESS, DataType.SOCIAL, 5);
		counts.add(ACTION, DataType.PURCHASE, 30);
		counts.add(ACTION, DataType.WEB, 29);
		CoverageMatrix matrix = CoverageMatrix.of(map, counts, 30);
		assertThat(matrix.cells()).hasSize(49);
		assertThat(matrix.cell(AWARENESS, DataType.WEB).status()).isEqualTo(CoverageStatus.COVERED);
		assertThat(matrix.cell(AWARENESS, DataType.WEB).recommendation()).isNull();
		assertThat(matrix.cell(ACTION, DataType.PURCHASE).status()).isEqualTo(CoverageStatus.COVERED);
		CoverageCell thin = matrix.cell(AWARENESS, DataType.SOCIAL);
		assertThat(thin.status()).isEqualTo(CoverageStatus.THIN);
		assertThat(thin.recommendation().messageKey()).isEqualTo("journeys.coverage.thin");
		assertThat(thin.recommendation().arguments()).containsExactly("awareness", "SOCIAL", "5", "30");
		assertThat(thin.recommendation().english())
			.isEqualTo("Only 5 social records at Awareness: collect at least 30 before relying on them.");
		assertThat(matrix.cell(ACTION, DataType.WEB).status()).isEqualTo(CoverageStatus.THIN);
		CoverageCell survey = matrix.cell(ACTION, DataType.SURVEY);
		assertThat(survey.status()).isEqualTo(CoverageStatus.GAP);
		assertThat(survey.recommendation().messageKey()).isEqualTo("journeys.coverage.gap.survey");
		assertThat(survey.recommendation().arguments()).containsExactly("action");
		assertThat(survey.recommendation().english())
			.isEqualTo("Add a short CSAT or effort survey right after Action (purchase).");
		CoverageCell unexpected = matrix.cell(AWARENESS, DataType.PURCHASE);
		assertThat(unexpected.status()).isEqualTo(CoverageStatus.GAP);
		assertThat(unexpected.expected()).isFalse();
		assertThat(unexpected.recommendation()).isNull();
		// 3 + 3 + 3 + 4 + 5 + 5 + 3 expected cells, two of them covered
		assertThat(matrix.gaps()).hasSize(24);
	}

	@Test
	void stagesOfTheWorkspacesOwnExpectEveryDataType() {
		JourneyMap own = new JourneyMap(LocalizedText.of("Onboarding"),
				List.of(Stage.of("sign-up", "Sign-up", ""), Stage.of("first-use", "First use", "")));
		CoverageMatrix matrix = CoverageMatrix.of(own, new CoverageCounts(2), CoverageMatrix.DEFAULT_COVERED_AT);
		assertThat(matrix.stageKeys()).containsExactly("sign-up", "first-use");
		assertThat(matrix.gaps()).hasSize(14);
		assertThat(matrix.cell(1, DataType.EMPLOYEE).recommendation().english())
			.isEqualTo("Ask the employees who serve First use in a pulse survey or the idea box.");
		assertThatThrownBy(() -> CoverageMatrix.of(own, new CoverageCounts(3), 30))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
