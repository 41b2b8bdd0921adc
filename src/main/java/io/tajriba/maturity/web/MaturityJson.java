package io.tajriba.maturity.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.maturity.domain.Evaluation;
import io.tajriba.maturity.domain.Level;
import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.Rubric;
import io.tajriba.maturity.internal.Assessment;
import io.tajriba.web.Formats;
import org.jspecify.annotations.Nullable;

/** The maturity API's bodies: levels as numbers 1 to 5 with their names, texts in the caller's language. */
final class MaturityJson {

	private MaturityJson() {
	}

	/** An evidence figure: what it measures, its value (a share 0 to 1, a count, a coefficient), n, its level. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record EvidenceView(String key, String name, String kind, @Nullable Double value, long n, @Nullable Long part,
			double @Nullable [] ci95, @Nullable String detail, @Nullable Integer level, @Nullable String levelName,
			List<Double> thresholds) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ItemView(String key, String text, @Nullable Double mean, int spread, boolean disagreed,
			Map<UUID, Integer> ratings) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record RecommendationView(String source, String key, @Nullable Integer level, @Nullable Double mean, String text,
			String link) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Change(@Nullable Integer evidence, @Nullable Integer raters) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CompetencyView(String key, String name, @Nullable Integer evidenceLevel, @Nullable String evidenceLevelName,
			@Nullable Integer raterLevel, @Nullable String raterLevelName, @Nullable Double raterMean, boolean disagree,
			@Nullable Change change, List<EvidenceView> evidence, List<ItemView> items,
			List<RecommendationView> recommendations) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record RaterView(UUID user, @Nullable String name, String group, Instant invitedAt, @Nullable Instant answeredAt,
			int answered) {
	}

	record Previous(UUID id, String name, Instant asOf) {
	}

	/** The evidence now, without an assessment. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record EvidenceNow(Instant asOf, String rubricVersion, @Nullable Integer overallLevel,
			@Nullable String overallLevelName, List<CompetencyView> competencies) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AssessmentView(UUID id, String name, Instant asOf, String status, String rubricVersion,
			@Nullable Integer overallLevel, @Nullable String overallLevelName, @Nullable Integer overallRaterLevel,
			List<RaterView> raters, List<CompetencyView> competencies, @Nullable Previous previous) {
	}

	@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
	record Summary(UUID id, String name, Instant asOf, String status, int raters, int answered,
			@Nullable Integer overallLevel, @Nullable Integer overallRaterLevel, Map<String, @Nullable Integer> evidenceLevels,
			Map<String, @Nullable Integer> raterLevels) {
	}

	static @Nullable Integer number(@Nullable Level level) {
		return level == null ? null : level.number();
	}

	static @Nullable String name(Rubric rubric, @Nullable Level level, String language) {
		return level == null ? null : rubric.levels().get(level.key()).in(language);
	}

	static List<CompetencyView> competencies(Rubric rubric, Evaluation e, @Nullable Evaluation before,
			String language) {
		List<CompetencyView> views = new ArrayList<>();
		for (Evaluation.Result r : e.competencies()) {
			Rubric.Competency c = rubric.competencies().stream().filter(x -> x.key().equals(r.key())).findFirst()
				.orElseThrow();
			Evaluation.Result was = before == null ? null : before.competencies().stream()
				.filter(x -> x.key().equals(r.key())).findFirst().orElse(null);
			views.add(new CompetencyView(r.key(), c.name().in(language), number(r.evidenceLevel()),
					name(rubric, r.evidenceLevel(), language), number(r.raterLevel()),
					name(rubric, r.raterLevel(), language), r.raterMean(), r.disagree(), change(r, was),
					r.evidence().stream().map(s -> evidence(rubric, s, language)).toList(),
					r.items().stream().map(i -> new ItemView(i.key(), rubric.item(i.key()).orElseThrow().text().in(language),
							i.mean(), i.spread(), i.disagreed(), i.byRater())).toList(),
					r.recommendations().stream().map(x -> recommendation(rubric, x, language)).toList()));
		}
		return views;
	}

	private static @Nullable Change change(Evaluation.Result now, Evaluation.@Nullable Result was) {
		if (was == null) {
			return null;
		}
		return new Change(difference(now.evidenceLevel(), was.evidenceLevel()),
				difference(now.raterLevel(), was.raterLevel()));
	}

	private static @Nullable Integer difference(@Nullable Level now, @Nullable Level was) {
		return now == null || was == null ? null : now.number() - was.number();
	}

	static EvidenceView evidence(Rubric rubric, Evaluation.Scored s, String language) {
		Rubric.Evidence rule = rubric.evidence(s.key()).orElseThrow();
		Measure m = s.measure();
		return new EvidenceView(s.key(), rule.text().in(language), m.kind().name().toLowerCase(java.util.Locale.ROOT),
				m.value(), m.n(), m.part(), m.ci95(), m.detail(), number(s.level()), name(rubric, s.level(), language),
				rule.rule().thresholds());
	}

	static RecommendationView recommendation(Rubric rubric, Evaluation.Recommendation r, String language) {
		Rubric.Step step = r.source().equals("item") ? rubric.item(r.key()).orElseThrow().step()
				: rubric.evidence(r.key()).orElseThrow().step();
		return new RecommendationView(r.source(), r.key(), number(r.level()), r.mean(),
				step.say(language, r.measure(), (value, decimals) -> Formats.number(value, decimals, language)),
				step.link());
	}

	static Summary summary(Assessment a, Evaluation e) {
		Map<String, @Nullable Integer> evidence = new java.util.LinkedHashMap<>();
		Map<String, @Nullable Integer> raters = new java.util.LinkedHashMap<>();
		e.competencies().forEach(c -> {
			evidence.put(c.key(), number(c.evidenceLevel()));
			raters.put(c.key(), number(c.raterLevel()));
		});
		return new Summary(a.id(), a.name(), a.asOf(), a.status(), a.raters().size(),
				(int) a.raters().stream().filter(r -> r.answeredAt() != null).count(), number(e.overall()),
				number(e.overallRaters()), evidence, raters);
	}
}
