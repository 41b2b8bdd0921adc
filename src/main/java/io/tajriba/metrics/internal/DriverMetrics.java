package io.tajriba.metrics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.domain.Driver;
import io.tajriba.metrics.domain.DriverAnalysis;
import io.tajriba.metrics.domain.DriverRow;
import io.tajriba.metrics.domain.KeyDrivers;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.surveys.SurveyScores.ScaleQuestion;
import io.tajriba.surveys.SurveyScores.Scored;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Key drivers of NPS (or another scale question): the survey's other ratings and, if asked for, the emotions picked
 * and the themes of the written answers, each present (1) or not (0) in a response.
 */
@Service
public class DriverMetrics {

	/**
	 * Responses read for a driver analysis at most, the period's latest: a sample this large settles the order of
	 * the drivers (a share's sampling error is then about a point of the explained variance).
	 */
	static final int SAMPLE = 5_000;

	/** Emotions or themes taken as drivers at most, each the commonest of its kind. */
	static final int MOST_SIGNALS = 8;

	/** What may explain the outcome besides the survey's ratings. */
	public enum Signal {
		EMOTIONS, THEMES
	}

	private static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");

	private final SurveyScores scores;
	private final TextAnalytics text;
	private final MessageSource messages;

	DriverMetrics(SurveyScores scores, TextAnalytics text, MessageSource messages) {
		this.scores = scores;
		this.text = text;
		this.messages = messages;
	}

	public InsightReports.Drivers drivers(Workspace workspace, @Nullable UUID surveyId, String outcome,
			LocalDate from, LocalDate to, Set<Signal> signals) {
		ZoneId zone = workspace.timeZone();
		ScoreFilter filter = ScoreFilter.all().between(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		UUID survey = surveyId != null ? surveyId : busiest(workspace.id(), filter, zone);
		List<ScaleQuestion> questions = survey == null ? List.of() : scores.scaleQuestions(workspace.id(), survey);
		if (survey != null && questions.stream().noneMatch(q -> q.key().equals(outcome))) {
			throw new InvalidFieldException("outcome", "is not a scale question of the survey");
		}
		List<ScaleQuestion> ratings = questions.stream().filter(q -> !q.key().equals(outcome)).toList();
		List<Scored> sample = survey == null ? List.of()
				: scores.perResponse(workspace.id(), survey, questions, filter, SAMPLE).stream()
					.filter(r -> r.scores().containsKey(outcome)).toList();
		Map<UUID, Set<String>> present = signals(workspace.id(), survey, sample, filter, signals);
		List<String> indicators = commonest(present, sample.size());
		if (ratings.isEmpty() && indicators.isEmpty()) {
			return new InsightReports.Drivers(survey, name(workspace.id(), survey), outcome, 0, 0, "none", true,
					List.of());
		}
		List<Driver> drivers = new ArrayList<>();
		ratings.forEach(q -> drivers.add(new Driver(q.key(), q.min(), q.max())));
		indicators.forEach(i -> drivers.add(Driver.indicator(i)));
		List<DriverRow> rows = sample.stream().map(r -> {
			double[] values = new double[drivers.size()];
			for (int j = 0; j < ratings.size(); j++) {
				Integer score = r.scores().get(ratings.get(j).key());
				values[j] = score == null ? Double.NaN : score;
			}
			Set<String> of = present.getOrDefault(r.responseId(), Set.of());
			for (int j = 0; j < indicators.size(); j++) {
				values[ratings.size() + j] = of.contains(indicators.get(j)) ? 1 : 0;
			}
			return new DriverRow(r.scores().get(outcome), values);
		}).toList();
		DriverAnalysis analysis = KeyDrivers.analyse(drivers, rows);
		Map<String, ScaleQuestion> byKey = ratings.stream().collect(Collectors.toMap(ScaleQuestion::key, q -> q));
		return new InsightReports.Drivers(survey, name(workspace.id(), survey), outcome, analysis.n(),
				InsightMetrics.round(analysis.rSquared(), 4), analysis.method().name().toLowerCase(), analysis.tooFew(),
				analysis.byImportance().stream().map(d -> new InsightReports.Driver(d.name(), kind(d.name()),
						byKey.containsKey(d.name()) ? byKey.get(d.name()).text() : label(d.name()),
						InsightMetrics.round(d.importance(), 2), InsightMetrics.round(d.mean(), 2),
						InsightMetrics.round(d.performance(), 1), d.quadrant().name().toLowerCase(), d.lowerIsBetter()))
					.toList());
	}

	/** The emotions ({@code emotion:angry}) and themes ({@code theme:delivery}) present in each response. */
	private Map<UUID, Set<String>> signals(UUID workspaceId, @Nullable UUID survey, List<Scored> sample,
			ScoreFilter filter, Set<Signal> signals) {
		Map<UUID, Set<String>> present = new HashMap<>();
		if (sample.isEmpty() || survey == null) {
			return present;
		}
		List<UUID> ids = sample.stream().map(Scored::responseId).toList();
		// the emotions and the themes are read at the same time, each on a connection of its own
		Instant oldest = sample.stream().map(Scored::completedAt).min(Comparator.naturalOrder()).orElseThrow();
		Instant until = java.util.Objects.requireNonNull(filter.to());
		try (var reads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			var emotions = reads.submit(() -> signals.contains(Signal.EMOTIONS)
					? scores.emotionsOf(workspaceId, survey, oldest, until) : Map.<UUID, Set<String>>of());
			var themes = reads.submit(() -> signals.contains(Signal.THEMES)
					? text.themes(workspaceId, "response", ids.stream().map(UUID::toString).toList())
					: Map.<String, Set<String>>of());
			// the sample is the period's latest responses: the emotions of those completed since the oldest of them
			Set<UUID> sampled = new HashSet<>(ids);
			SideReads.join(emotions, "the drivers' emotions").forEach((response, picked) -> {
				if (sampled.contains(response)) {
					picked.forEach(e -> present.computeIfAbsent(response, r -> new HashSet<>()).add("emotion:" + e));
				}
			});
			SideReads.join(themes, "the drivers' themes").forEach((response, found) -> found.forEach(t -> present
				.computeIfAbsent(UUID.fromString(response), r -> new HashSet<>()).add("theme:" + t)));
		}
		return present;
	}

	/**
	 * The commonest emotions and themes, up to {@value #MOST_SIGNALS} of each kind, that are present in at least 2%
	 * of the responses (and 30) and absent from as many: rarer ones cannot carry a share of the variance reliably.
	 */
	private static List<String> commonest(Map<UUID, Set<String>> present, int responses) {
		Map<String, Long> counts = present.values().stream().flatMap(Set::stream)
			.collect(Collectors.groupingBy(s -> s, Collectors.counting()));
		long least = Math.max(30, responses / 50);
		Map<String, List<String>> byKind = new LinkedHashMap<>();
		counts.entrySet().stream().filter(e -> e.getValue() >= least && responses - e.getValue() >= least)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.forEach(e -> byKind.computeIfAbsent(kind(e.getKey()), k -> new ArrayList<>()).add(e.getKey()));
		return byKind.values().stream().flatMap(l -> l.stream().limit(MOST_SIGNALS)).sorted().toList();
	}

	private static String kind(String driver) {
		return driver.startsWith("emotion:") ? "emotion" : driver.startsWith("theme:") ? "theme" : "rating";
	}

	/** An emotion's name in each language; a theme's key as it is (themes are named by their keys). */
	private Map<String, String> label(String driver) {
		String name = driver.substring(driver.indexOf(':') + 1);
		Map<String, String> labels = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			labels.put(language, kind(driver).equals("emotion")
					? messages.getMessage("emotion." + name, null, name, Locale.forLanguageTag(language)) : name);
		}
		return labels;
	}

	private @Nullable UUID busiest(UUID workspaceId, ScoreFilter filter, ZoneId zone) {
		return scores.counts(workspaceId, "nps", filter, ScoreDimension.SURVEY, null, zone).stream()
			.collect(Collectors.groupingBy(c -> c.group() == null ? "" : c.group(),
					Collectors.summingLong(SurveyScores.Count::count)))
			.entrySet().stream().filter(e -> !e.getKey().isEmpty()).max(Comparator.comparingLong(Map.Entry::getValue))
			.map(e -> UUID.fromString(e.getKey())).orElse(null);
	}

	private @Nullable String name(UUID workspaceId, @Nullable UUID survey) {
		return survey == null ? null : scores.surveyNames(workspaceId).get(survey);
	}
}
