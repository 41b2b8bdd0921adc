package io.tajriba.employees.domain;

import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static io.tajriba.employees.domain.IdeaStatus.ACCEPTED;
import static io.tajriba.employees.domain.IdeaStatus.DECLINED;
import static io.tajriba.employees.domain.IdeaStatus.DONE;
import static io.tajriba.employees.domain.IdeaStatus.DUPLICATE;
import static io.tajriba.employees.domain.IdeaStatus.IN_PROGRESS;
import static io.tajriba.employees.domain.IdeaStatus.SUBMITTED;
import static io.tajriba.employees.domain.IdeaStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaStatusTests {

	static final UUID IDEA = UUID.randomUUID();
	static final UUID OTHER = UUID.randomUUID();

	@Test
	void theMovesAreTheOnesTheBoxAllows() {
		assertThat(SUBMITTED.next(false)).containsExactlyInAnyOrder(UNDER_REVIEW, ACCEPTED, DECLINED, DUPLICATE);
		assertThat(UNDER_REVIEW.next(false)).containsExactlyInAnyOrder(ACCEPTED, DECLINED, DUPLICATE);
		assertThat(ACCEPTED.next(false)).containsExactlyInAnyOrder(IN_PROGRESS, DECLINED);
		assertThat(IN_PROGRESS.next(false)).containsExactly(DONE);
		assertThat(DONE.next(true)).isEmpty();
		assertThat(DUPLICATE.next(true)).isEmpty();
		assertThat(DECLINED.next(false)).isEmpty();
		assertThat(DECLINED.next(true)).containsExactly(UNDER_REVIEW);
		assertThat(DONE.closed()).isTrue();
		assertThat(DECLINED.closed()).isTrue();
		assertThat(DUPLICATE.closed()).isTrue();
		assertThat(IN_PROGRESS.closed()).isFalse();
	}

	@Test
	void aMoveIsCheckedAndItsFaultNamed() {
		new IdeaMove(ACCEPTED, null, null).check(IDEA, SUBMITTED, false);
		new IdeaMove(DUPLICATE, "Same", OTHER).check(IDEA, UNDER_REVIEW, false);
		new IdeaMove(UNDER_REVIEW, null, null).check(IDEA, DECLINED, true);
		refused(new IdeaMove(DONE, null, null), SUBMITTED, false, "status");
		refused(new IdeaMove(SUBMITTED, null, null), SUBMITTED, true, "status");
		refused(new IdeaMove(UNDER_REVIEW, null, null), DECLINED, false, "status");
		refused(new IdeaMove(IN_PROGRESS, null, null), DONE, true, "status");
		refused(new IdeaMove(DECLINED, "  ", null), SUBMITTED, false, "reason");
		refused(new IdeaMove(DECLINED, "x".repeat(2001), null), SUBMITTED, false, "reason");
		refused(new IdeaMove(DUPLICATE, "Same", null), SUBMITTED, false, "duplicateOf");
		refused(new IdeaMove(DUPLICATE, "Same", IDEA), SUBMITTED, false, "duplicateOf");
		refused(new IdeaMove(ACCEPTED, null, OTHER), SUBMITTED, false, "duplicateOf");
		assertThat(IdeaStatus.parse("status", " Under_Review ")).isEqualTo(UNDER_REVIEW);
		assertThatThrownBy(() -> IdeaStatus.parse("status", "asleep")).isInstanceOf(InvalidFieldException.class);
	}

	static void refused(IdeaMove move, IdeaStatus from, boolean admin, String field) {
		assertThatThrownBy(() -> move.check(IDEA, from, admin)).isInstanceOfSatisfying(InvalidFieldException.class,
				e -> assertThat(e.field()).isEqualTo(field));
	}
}
