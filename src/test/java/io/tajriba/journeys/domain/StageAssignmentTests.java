package io.tajriba.journeys.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.StageAssignment.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

class StageAssignmentTests {

	// template: discovery(1) visit, bounce; interest(2) page_view, app_session, store_visit; action(4) conversion,
	// purchase; use(5) support_ticket, call, chat, refund; advocacy(6) review, share
	private final JourneyMap map = JourneyMap.template()
		.with(JourneyMap.template().stage(0).withTouchpoints(List.of("newsletter")))
		.with(JourneyMap.template().stage(2).withTouchpoints(List.of("branch Tehran-3")))
		.with(JourneyMap.template().stage(3).withTouchpoints(List.of("reviews page", "pre-sales chat")))
		.with(JourneyMap.template().stage(4).withTouchpoints(List.of("checkout", "branch Tehran-3")))
		.with(JourneyMap.template().stage(6).withTouchpoints(List.of("branch Tehran-3")));

	private final StageAssignment assignment = StageAssignment.of(map);

	@Test
	void explicitStageComesFirst() {
		assertThat(assignment.stageOf("use", "checkout", "purchase")).isEqualTo(5);
		assertThat(assignment.stageOf("awareness", null, null)).isZero();
	}

	@Test
	void unknownExplicitStageFallsThroughToTheTouchpoint() {
		assertThat(assignment.stageOf("no-such-stage", "checkout", "visit")).isEqualTo(4);
	}

	@Test
	void touchpointOfOneStageBeatsTheType() {
		assertThat(assignment.stageOf(null, "checkout", "visit")).isEqualTo(4);
		assertThat(assignment.stageOf(null, "pre-sales chat", "chat")).isEqualTo(3);
		assertThat(assignment.stageOf(null, "newsletter", null)).isZero();
	}

	@Test
	void touchpointOfSeveralStagesIsSettledByTheType() {
		assertThat(assignment.stageOf(null, "branch Tehran-3", "purchase")).isEqualTo(4);
		assertThat(assignment.stageOf(null, "branch Tehran-3", "review")).isEqualTo(6);
		assertThat(assignment.stageOf(null, "branch Tehran-3", "store_visit")).isEqualTo(2);
	}

	@Test
	void touchpointOfSeveralStagesWithoutTypeEvidenceTakesTheEarliest() {
		assertThat(assignment.stageOf(null, "branch Tehran-3", "call")).isEqualTo(2);
		assertThat(assignment.stageOf(null, "branch Tehran-3", null)).isEqualTo(2);
	}

	@Test
	void unknownTouchpointFallsBackToTheType() {
		assertThat(assignment.stageOf(null, "somewhere new", "refund")).isEqualTo(5);
		assertThat(assignment.stageOf(null, null, "share")).isEqualTo(6);
	}

	@Test
	void typeEvidenceOfSeveralStagesTakesTheEarliest() {
		JourneyMap twice = JourneyMap.template().with(JourneyMap.template().stage(3)
			.withInteractionTypes(List.of("chat")));
		assertThat(StageAssignment.of(twice).stageOf(null, null, "chat")).isEqualTo(3);
	}

	@Test
	void nothingToGoOnIsUnassigned() {
		assertThat(assignment.stageOf(null, "somewhere new", "time_on_site")).isEqualTo(UNASSIGNED);
		assertThat(assignment.stageOf(null, null, null)).isEqualTo(UNASSIGNED);
	}

	@Test
	void codedAssignmentDecidesLikeTheNamedOne() {
		var touchpoints = new Dictionary();
		var types = new Dictionary();
		CodedStageAssignment coded = assignment.coded(touchpoints, types);
		String[][] rows = {{"branch Tehran-3", "purchase"}, {"branch Tehran-3", "review"}, {"checkout", "visit"},
				{"somewhere new", "refund"}, {null, "share"}, {"newsletter", null}, {null, null},
				{"branch Tehran-3", "purchase"}, {"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}, {"i", "j"},
				{"k", "l"}, {"m", "n"}, {"o", "p"}, {"q", "r"}, {"branch Tehran-3", "store_visit"}};
		for (String[] row : rows) {
			int touchpoint = row[0] == null ? JourneyEvents.NONE : touchpoints.encode(row[0]);
			int type = row[1] == null ? JourneyEvents.NONE : types.encode(row[1]);
			assertThat(coded.stageOf(StageAssignment.UNASSIGNED, touchpoint, type))
				.isEqualTo(assignment.stageOf(null, row[0], row[1]));
		}
		assertThat(coded.stageOf(assignment.stageIndex("use"), touchpoints.codeOf("checkout"), 0)).isEqualTo(5);
		assertThat(assignment.stageIndex("nope")).isEqualTo(StageAssignment.UNASSIGNED);
		assertThat(assignment.stageIndex(null)).isEqualTo(StageAssignment.UNASSIGNED);
	}
}
