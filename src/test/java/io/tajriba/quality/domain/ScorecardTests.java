package io.tajriba.quality.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a scorecard's change needs a new version, and how a review's status moves. */
class ScorecardTests {

	static Scorecard card(String wording, double weight, boolean critical, Scale scale, boolean extra) {
		List<Scorecard.Item> items = new java.util.ArrayList<>(List.of(
				new Scorecard.Item(new Criterion("greet", Scale.YES_NO, 1, false, false), Map.of("en", wording)),
				new Scorecard.Item(new Criterion("solve", scale, weight, true, critical), Map.of("en", "Solves"))));
		if (extra) {
			items.add(new Scorecard.Item(new Criterion("close", Scale.YES_NO, 1, false, false), Map.of("en", "Closes")));
		}
		return new Scorecard("Calls", "call", List.of(new Scorecard.Section("All", items)));
	}

	@Test
	void wordingIsEditedInPlaceAndScoringMakesANewVersion() {
		Scorecard base = card("Greets", 3, false, Scale.FIVE, false);
		assertThat(base.needsNewVersion(card("Greets the customer by name", 3, false, Scale.FIVE, false))).isFalse();
		assertThat(base.needsNewVersion(new Scorecard("Renamed", "chat", base.sections()))).isFalse();
		assertThat(base.needsNewVersion(card("Greets", 2, false, Scale.FIVE, false))).isTrue();
		assertThat(base.needsNewVersion(card("Greets", 3, true, Scale.FIVE, false))).isTrue();
		assertThat(base.needsNewVersion(card("Greets", 3, false, Scale.FOUR, false))).isTrue();
		assertThat(base.needsNewVersion(card("Greets", 3, false, Scale.FIVE, true))).isTrue();
		assertThat(card("Greets", 3, false, Scale.FIVE, true).needsNewVersion(base)).isTrue();
	}

	@Test
	void badContentIsNamedByItsPath() {
		Scorecard.Item greet = new Scorecard.Item(new Criterion("greet", Scale.YES_NO, 1, false, false),
				Map.of("en", "Greets"));
		assertThatThrownBy(() -> new Scorecard("Calls", "fax", List.of(new Scorecard.Section("All", List.of(greet)))))
			.isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field())
			.isEqualTo("channel");
		assertThatThrownBy(() -> new Scorecard("Calls", "call",
				List.of(new Scorecard.Section("All", List.of(greet)), new Scorecard.Section("Again", List.of(greet)))))
			.extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("sections[1].criteria[0].key");
		Scorecard.Item blank = new Scorecard.Item(greet.criterion(), Map.of("fa", " "));
		assertThatThrownBy(() -> new Scorecard("Calls", "call", List.of(new Scorecard.Section("All", List.of(blank)))))
			.extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("sections[0].criteria[0].text.fa");
		assertThat(Scorecard.scale("s", "four")).isEqualTo(Scale.FOUR);
		assertThatThrownBy(() -> Scorecard.scale("s", "ten")).extracting(e -> ((InvalidFieldException) e).field())
			.isEqualTo("s");
	}

	@Test
	void aReviewIsAcknowledgedDisputedAndResolvedInThatOrder() {
		assertThat(ReviewStatus.OPEN.after("acknowledge")).isEqualTo(ReviewStatus.ACKNOWLEDGED);
		assertThat(ReviewStatus.OPEN.after("dispute")).isEqualTo(ReviewStatus.DISPUTED);
		assertThat(ReviewStatus.ACKNOWLEDGED.after("dispute")).isEqualTo(ReviewStatus.DISPUTED);
		assertThat(ReviewStatus.DISPUTED.after("resolve")).isEqualTo(ReviewStatus.RESOLVED);
		assertThatThrownBy(() -> ReviewStatus.OPEN.after("resolve")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> ReviewStatus.RESOLVED.after("dispute")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> ReviewStatus.ACKNOWLEDGED.after("acknowledge"))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> ReviewStatus.OPEN.after("delete")).extracting(e -> ((InvalidFieldException) e).field())
			.isEqualTo("action");
		assertThat(ReviewStatus.Outcome.of("partly")).isEqualTo(ReviewStatus.Outcome.PARTLY);
		assertThatThrownBy(() -> ReviewStatus.Outcome.of("maybe")).extracting(e -> ((InvalidFieldException) e).field())
			.isEqualTo("outcome");
	}
}
