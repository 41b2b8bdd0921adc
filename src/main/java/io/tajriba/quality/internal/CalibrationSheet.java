package io.tajriba.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.domain.CalibrationAgreement;
import io.tajriba.quality.internal.CalibrationService.Item;
import io.tajriba.quality.internal.CalibrationService.Score;
import io.tajriba.quality.internal.CalibrationService.Session;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;

/**
 * A calibration session as one caller may see it. Blind: the others' scores of an interaction show only once the
 * caller has scored it, or to everyone once the session is closed. The agreement shows to a reviewer who has scored
 * every interaction ({@code submitted}), to everyone once the session is closed ({@code closed}), and to owners and
 * admins at any time ({@code administrator}); else it is hidden ({@code null}).
 *
 * @param rows each interaction with the caller's score, whether the others' show, and the others' scores if so
 * @param submitted how many scores each reviewer has submitted, in the reviewers' order
 */
public record CalibrationSheet(Session session, ScorecardService.Version version, boolean reviewer, List<Row> rows,
		Map<UUID, Integer> submitted, @Nullable String agreementShownAs,
		CalibrationAgreement.@Nullable Result agreement) {

	/** @param othersSubmitted how many other reviewers have scored it, shown even while their scores are hidden */
	public record Row(Item item, @Nullable Score mine, boolean othersShown, List<Score> others, int othersSubmitted) {

		/** The scores shown side by side: the caller's first, then the others' in the reviewers' order. */
		public List<Score> panel() {
			List<Score> panel = new ArrayList<>();
			if (mine != null) {
				panel.add(mine);
			}
			panel.addAll(others);
			return panel;
		}
	}

	public static CalibrationSheet of(Access access, Session session, ScorecardService.Version version,
			List<Score> scores) {
		UUID me = access.userId();
		boolean reviewer = me != null && session.reviewers().contains(me);
		List<Row> rows = new ArrayList<>();
		int mine = 0;
		for (Item item : session.items()) {
			List<Score> scored = scores.stream().filter(s -> s.interaction().equals(item.interaction())).toList();
			Score own = scored.stream().filter(s -> s.reviewer().equals(me)).findFirst().orElse(null);
			mine += own == null ? 0 : 1;
			List<Score> others = scored.stream().filter(s -> s != own).toList();
			boolean shown = session.closed() || own != null;
			rows.add(new Row(item, own, shown, shown ? others : List.of(), others.size()));
		}
		Map<UUID, Integer> submitted = new java.util.LinkedHashMap<>();
		session.reviewers().forEach(r -> submitted.put(r, 0));
		scores.forEach(s -> submitted.merge(s.reviewer(), 1, Integer::sum));
		String shownAs = reviewer && mine == session.items().size() ? "submitted"
				: session.closed() ? "closed" : access.role().canAdminister() ? "administrator" : null;
		CalibrationAgreement.Result agreement = shownAs == null ? null : agreement(session, version, scores);
		return new CalibrationSheet(session, version, reviewer, List.copyOf(rows), submitted, shownAs, agreement);
	}

	static CalibrationAgreement.Result agreement(Session session, ScorecardService.Version version,
			List<Score> scores) {
		List<CalibrationAgreement.Scored> scored = scores.stream()
			.map(s -> new CalibrationAgreement.Scored(s.reviewer().toString(), s.interaction(), s.answers(), s.score()))
			.toList();
		return CalibrationAgreement.of(version.card().scoring(),
				session.reviewers().stream().map(UUID::toString).toList(),
				session.items().stream().map(Item::interaction).toList(), scored);
	}
}
