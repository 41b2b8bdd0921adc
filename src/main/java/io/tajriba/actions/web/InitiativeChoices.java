package io.tajriba.actions.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.domain.Moments;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.actions.internal.PowerEstimator;
import io.tajriba.actions.internal.UnitAnswersReader;
import io.tajriba.actions.internal.UnitAnswersReader.Period;
import io.tajriba.actions.internal.UnitCatalog;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an initiative's forms offer: members as owners, surveys, metrics, kinds of unit, and the units of the kind
 * chosen with their answers in the baseline, to tick as treated or control.
 */
@Component
class InitiativeChoices {

	static final List<String> METRICS = List.of("csat", "nps", "ces");

	static final List<String> KINDS = List.of("touchpoint", "channel", "stage", "agent", "persona");

	/** A unit to tick: its key, its name and its answers in the baseline. */
	record Option(String key, String label, long answers) {
	}

	/** The units of one kind on offer; {@code kind} is kept in the form so that a change of kind drops the ticks. */
	record Picker(String kind, List<Option> options) {
	}

	/** A day shown in the workspace's calendar: noon of it in the workspace's zone. */
	record Noon(ZoneId zone) {

		public java.time.Instant of(LocalDate day) {
			return day.atTime(12, 0).atZone(zone).toInstant();
		}
	}

	/** Bidirectional isolation for a figure inside a sentence: a sign or an interval keeps its order in RTL text. */
	record Isolate() {

		public String of(@Nullable Object text) {
			return "\u2066" + (text == null ? "" : text) + "\u2069";
		}
	}

	private final UnitAnswersReader reader;
	private final UnitCatalog units;
	private final PowerEstimator power;
	private final SurveyScores scores;
	private final AccessAdministration members;

	InitiativeChoices(UnitAnswersReader reader, UnitCatalog units, PowerEstimator power, SurveyScores scores,
			AccessAdministration members) {
		this.reader = reader;
		this.units = units;
		this.power = power;
		this.scores = scores;
		this.members = members;
	}

	/** Owners, surveys, metrics, kinds and the unit picker for a form as typed. */
	void fill(Model model, Workspace workspace, InitiativeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("members", members.membersOf(workspace.id()));
		model.addAttribute("surveys", scores.surveyNames(workspace.id()));
		model.addAttribute("metrics", METRICS);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("picker", picker(workspace, form));
		common(model, workspace);
	}

	static void common(Model model, Workspace workspace) {
		model.addAttribute("noon", new Noon(workspace.timeZone()));
		model.addAttribute("bidi", new Isolate());
	}

	/**
	 * The units of the form's kind: those with answers of its metric in its baseline, every stage and persona, and
	 * whatever is ticked; ticks of another kind (the kind was just changed) are dropped.
	 */
	Picker picker(Workspace workspace, InitiativeForm form) {
		UnitKind kind = kind(form.get("unitKind"));
		Map<String, String> labels = units.labels(workspace.id(), kind, LocaleContextHolder.getLocale().getLanguage());
		Map<String, Long> answers = new LinkedHashMap<>();
		labels.keySet().forEach(k -> answers.put(k, 0L));
		Map<String, List<Moments>> all = reader.all(workspace, metric(form.get("metric")), survey(form.get("survey")),
				kind, baseline(workspace, form));
		all.forEach((unit, weeks) -> answers.merge(unit, weeks.stream().mapToLong(Moments::n).sum(), Long::sum));
		boolean sameKind = form.get("pickerKind").isEmpty() || form.get("pickerKind").equals(kind.key());
		if (sameKind) {
			form.treated().forEach(u -> answers.putIfAbsent(u, 0L));
			form.control().forEach(u -> answers.putIfAbsent(u, 0L));
		}
		List<Option> options = new ArrayList<>();
		answers.forEach((key, n) -> options.add(new Option(key, labels.getOrDefault(key, key), n)));
		if (kind != UnitKind.STAGE) {
			options.sort(Comparator.comparing((Option o) -> o.label().toLowerCase(java.util.Locale.ROOT)));
		}
		return new Picker(kind.key(), options);
	}

	/** The form's baseline, else the eight weeks before its launch, else the last eight full weeks. */
	Period baseline(Workspace workspace, InitiativeForm form) {
		Period fallback = power.defaultBaseline(workspace);
		LocalDate launch = day(form.get("launchOn"));
		LocalDate to = day(form.get("baselineTo"));
		if (to == null) {
			to = launch == null ? fallback.to() : launch.minusDays(1);
		}
		LocalDate from = day(form.get("baselineFrom"));
		// the picker only shows volumes: two years of baseline are plenty, and a typo of a year 1 costs nothing
		LocalDate earliest = to.minusWeeks(104);
		return new Period(from == null ? to.minusWeeks(8).plusDays(1) : from.isBefore(earliest) ? earliest : from, to);
	}

	static UnitKind kind(String key) {
		try {
			return UnitKind.of(key);
		}
		catch (InvalidFieldException e) {
			return UnitKind.TOUCHPOINT;
		}
	}

	static InitiativeMetric metric(String key) {
		try {
			return InitiativeMetric.of(key);
		}
		catch (IllegalArgumentException e) {
			return InitiativeMetric.CSAT;
		}
	}

	private static @Nullable UUID survey(String id) {
		try {
			return id.isBlank() ? null : UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static @Nullable LocalDate day(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
