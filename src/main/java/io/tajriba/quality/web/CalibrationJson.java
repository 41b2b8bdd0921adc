package io.tajriba.quality.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.CalibrationAgreement;
import io.tajriba.quality.internal.CalibrationService;
import io.tajriba.quality.internal.CalibrationService.Score;
import io.tajriba.quality.internal.CalibrationSheet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The calibration API's bodies: what it reads, with the field at fault named, and what it answers. */
final class CalibrationJson {

	record ScoreView(UUID reviewer, String reviewerName,
			@JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, @Nullable Integer> answers,
			Map<String, String> comments, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double score,
			List<String> autoFailed, Instant submittedAt) {
	}

	record ItemView(int position, String interaction, @Nullable UUID agent, @Nullable ScoreView mine,
			boolean othersShown, int othersSubmitted, List<ScoreView> others) {
	}

	record ReviewerView(UUID user, String name, int submitted, boolean done) {
	}

	record Progress(int submitted, int expected) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CriterionView(String key, @Nullable Double alpha, long n, boolean flagged, @Nullable String reason) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record DeviationView(UUID reviewer, String name, @Nullable Double deviation, double[] ci95, long n) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AgreementView(@Nullable Double alpha, long n, @Nullable String reason, List<CriterionView> criteria,
			List<DeviationView> reviewers, @Nullable Double scoreAlpha, long scoreN, @Nullable String scoreReason) {
	}

	record SessionView(UUID id, String name, UUID scorecard, int scorecardVersion, UUID scorecardVersionId,
			String status, String createdBy, Instant createdAt, @Nullable Instant closedAt, List<ReviewerView> reviewers,
			Progress progress, List<ItemView> items,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String agreementShownAs,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable AgreementView agreement) {
	}

	record SummaryView(UUID id, String name, UUID scorecard, String scorecardName, int scorecardVersion, String status,
			String createdBy, Instant createdAt, @Nullable Instant closedAt, int interactions, int reviewers,
			Progress progress, @Nullable Progress mine) {

		static SummaryView of(CalibrationService.Summary s) {
			var session = s.session();
			return new SummaryView(session.id(), session.name(), session.scorecard(), s.scorecardName(),
					session.version(), session.status(), session.createdBy(), session.createdAt(), session.closedAt(),
					s.items(), s.reviewers(), new Progress(s.submitted(), s.items() * s.reviewers()),
					s.listed() ? new Progress(s.mine(), s.items()) : null);
		}
	}

	private CalibrationJson() {
	}

	static CalibrationService.NewSession newSession(JsonNode body) {
		JsonFields.object(body);
		List<String> interactions = new ArrayList<>();
		JsonNode list = array(body, "interactions");
		for (int i = 0; i < list.size(); i++) {
			if (!list.get(i).isString()) {
				throw new InvalidFieldException("interactions[" + i + "]", "must be an interaction's id, a string");
			}
			interactions.add(list.get(i).asString());
		}
		List<UUID> reviewers = new ArrayList<>();
		list = array(body, "reviewers");
		for (int i = 0; i < list.size(); i++) {
			reviewers.add(uuid(list.get(i), "reviewers[" + i + "]", "must be a member's user id"));
		}
		JsonNode card = body.get("scorecard");
		return new CalibrationService.NewSession(JsonFields.text(body, "name"),
				card == null || card.isNull() ? null : uuid(card, "scorecard", "must be a scorecard's id"), interactions,
				reviewers);
	}

	static CalibrationService.NewScore newScore(JsonNode body) {
		JsonFields.object(body);
		JsonNode answers = body.get("answers");
		if (answers == null || !answers.isObject()) {
			throw new InvalidFieldException("answers", "is required: {criterionKey: point, or null for N/A}");
		}
		Map<String, @Nullable Integer> read = new HashMap<>();
		for (Map.Entry<String, JsonNode> e : answers.properties()) {
			JsonNode value = e.getValue();
			if (value.isNull()) {
				read.put(e.getKey(), null);
			}
			else if (value.isIntegralNumber() && value.canConvertToInt()) {
				read.put(e.getKey(), value.asInt());
			}
			else {
				throw new InvalidFieldException("answers." + e.getKey(), "must be a whole point, or null for N/A");
			}
		}
		Map<String, String> comments = new LinkedHashMap<>();
		JsonNode given = body.get("comments");
		if (given != null && !given.isNull()) {
			if (!given.isObject()) {
				throw new InvalidFieldException("comments", "must be an object: {criterionKey: text}");
			}
			for (Map.Entry<String, JsonNode> e : given.properties()) {
				if (!e.getValue().isNull() && !e.getValue().isString()) {
					throw new InvalidFieldException("comments." + e.getKey(), "must be a string");
				}
				if (e.getValue().isString() && !e.getValue().asString().isBlank()) {
					comments.put(e.getKey(), e.getValue().asString().strip());
				}
			}
		}
		return new CalibrationService.NewScore(JsonFields.text(body, "interaction"), read, comments);
	}

	static SessionView view(CalibrationSheet sheet, Map<UUID, String> names) {
		var s = sheet.session();
		List<ReviewerView> reviewers = new ArrayList<>();
		int submitted = 0;
		for (UUID r : s.reviewers()) {
			int n = sheet.submitted().getOrDefault(r, 0);
			submitted += n;
			reviewers.add(new ReviewerView(r, names.getOrDefault(r, r.toString()), n, n == s.items().size()));
		}
		List<ItemView> items = sheet.rows().stream()
			.map(row -> new ItemView(row.item().position(), row.item().interaction(), row.item().agent(),
					row.mine() == null ? null : score(row.mine(), names), row.othersShown(), row.othersSubmitted(),
					row.others().stream().map(o -> score(o, names)).toList()))
			.toList();
		return new SessionView(s.id(), s.name(), s.scorecard(), s.version(), s.versionId(), s.status(), s.createdBy(),
				s.createdAt(), s.closedAt(), reviewers, new Progress(submitted, s.items().size() * s.reviewers().size()),
				items, sheet.agreementShownAs(), sheet.agreement() == null ? null : agreement(sheet.agreement(), names));
	}

	static AgreementView agreement(CalibrationAgreement.Result result, Map<UUID, String> names) {
		var overall = result.overall();
		var score = result.score();
		return new AgreementView(overall.alpha(), overall.n(), overall.reason(),
				result.criteria().stream().map(c -> new CriterionView(c.key(), c.alpha().alpha(), c.alpha().n(),
						c.alpha().flagged(), c.alpha().reason())).toList(),
				result.reviewers().stream().map(d -> {
					UUID user = UUID.fromString(d.reviewer());
					return new DeviationView(user, names.getOrDefault(user, d.reviewer()), d.deviation(),
							new double[] { d.low(), d.high() }, d.n());
				}).toList(),
				score.alpha(), score.n(), score.reason());
	}

	static ScoreView score(Score s, Map<UUID, String> names) {
		return new ScoreView(s.reviewer(), names.getOrDefault(s.reviewer(), s.reviewer().toString()), s.answers(),
				s.comments(), s.score(), s.autoFailed(), s.submittedAt());
	}

	private static JsonNode array(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isArray()) {
			throw new InvalidFieldException(field, "is required, a list");
		}
		return value;
	}

	private static UUID uuid(JsonNode value, String field, String message) {
		if (value.isString()) {
			try {
				return UUID.fromString(value.asString().strip());
			}
			catch (IllegalArgumentException e) {
				// named below
			}
		}
		throw new InvalidFieldException(field, message);
	}
}
