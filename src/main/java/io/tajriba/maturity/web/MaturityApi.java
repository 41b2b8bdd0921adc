package io.tajriba.maturity.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.maturity.domain.Evaluation;
import io.tajriba.maturity.domain.Rubric;
import io.tajriba.maturity.internal.Assessment;
import io.tajriba.maturity.internal.Assessments;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Maturity", description = "CX maturity on five levels, from the product's own evidence and from raters")
@RestController
class MaturityApi {

	static final String LEVELS = " Levels are 1 (initial), 2 (developing), 3 (defined), 4 (managed), 5 (optimized). "
			+ "An evidence figure earns level k + 1 by reaching the k-th of its rule's four thresholds; a competency's "
			+ "evidence level is the nearest level to its figures' mean (a half rounded down), figures with no data "
			+ "left out; its rater level the same over each rater's mean. language: en, fa, ar or he for the texts "
			+ "(the page's language by default).";

	static final Set<String> LANGUAGES = Set.of("en", "fa", "ar", "he");

	/** A new assessment: its name and the raters to invite, each a member's user id and group. */
	record NewAssessment(@Nullable String name, @Nullable List<Assessments.Invite> raters) {
	}

	record Ratings(@Nullable Map<String, Object> ratings) {
	}

	record Invites(@Nullable List<Assessments.Invite> raters) {
	}

	private final Assessments assessments;
	private final Workspaces workspaces;
	private final AccessAdministration members;

	MaturityApi(Assessments assessments, Workspaces workspaces, AccessAdministration members) {
		this.assessments = assessments;
		this.workspaces = workspaces;
		this.members = members;
	}

	@Operation(summary = "The evidence now, without an assessment: per competency each figure (value, n, 95% "
			+ "interval for a share, level) and the steps for the weak ones." + LEVELS)
	@GetMapping("/api/v1/maturity/evidence")
	MaturityJson.EvidenceNow evidence(@RequestParam(required = false) @Nullable String language) {
		Workspace workspace = workspaces.currentWorkspace();
		String lang = language(language);
		Assessments.Now now = assessments.evidenceNow(workspace);
		Evaluation e = assessments.evaluate(now.evidence());
		Rubric rubric = assessments.rubric();
		return new MaturityJson.EvidenceNow(now.at(), rubric.version(), MaturityJson.number(e.overall()),
				MaturityJson.name(rubric, e.overall(), lang), MaturityJson.competencies(rubric, e, null, lang));
	}

	@Operation(summary = "The rubric: its version, sources, level names, competencies with their items and "
			+ "evidence rules (thresholds) and the step that improves each.")
	@GetMapping("/api/v1/maturity/rubric")
	Rubric rubric() {
		return assessments.rubric();
	}

	@Operation(summary = "The assessments, newest first, with their levels per competency (the history); an agent "
			+ "sees only those they were invited to rate.")
	@GetMapping("/api/v1/maturity/assessments")
	List<MaturityJson.Summary> list() {
		return assessments.list(workspaces.current()).stream()
			.map(a -> MaturityJson.summary(a, assessments.evaluation(a))).toList();
	}

	@Operation(summary = "Start an assessment (owners and admins): name (required), raters [{user, group: "
			+ "executive, manager or frontline}]. The evidence is read now and kept as it stands.")
	@PostMapping("/api/v1/maturity/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	MaturityJson.AssessmentView create(@RequestBody NewAssessment body,
			@RequestParam(required = false) @Nullable String language) {
		Access access = workspaces.current();
		UUID id = assessments.create(access, body.name(), body.raters() == null ? List.of() : body.raters());
		return view(assessments.read(access, id), language(language));
	}

	@Operation(summary = "An assessment: per competency the evidence level and the raters' level side by side "
			+ "(disagree: a level or more apart), the evidence figures, each item's ratings by rater with mean and "
			+ "spread (disagreed: two points or more), the recommendations with their links, and the change of each "
			+ "level since the assessment before." + LEVELS)
	@GetMapping("/api/v1/maturity/assessments/{id}")
	MaturityJson.AssessmentView get(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language) {
		return view(assessments.read(workspaces.current(), id), language(language));
	}

	@Operation(summary = "Rate items as an invited rater: {ratings: {item key: 1 to 5}}; an item rated again takes "
			+ "the new rating; every rater's answers are kept apart. 422 names the first bad item.")
	@PostMapping("/api/v1/maturity/assessments/{id}/ratings")
	Map<String, Object> rate(@PathVariable UUID id, @RequestBody Ratings body) {
		Access access = workspaces.current();
		Assessment a = assessments.rate(access, id, body.ratings());
		Assessment.Rater mine = a.raters().stream().filter(r -> r.user().equals(access.userId())).findFirst()
			.orElseThrow();
		return Map.of("assessment", a.id(), "ratings", mine.ratings());
	}

	@Operation(summary = "Invite more raters to an open assessment (owners and admins): {raters: [{user, group}]}.")
	@PostMapping("/api/v1/maturity/assessments/{id}/raters")
	MaturityJson.AssessmentView invite(@PathVariable UUID id, @RequestBody Invites body,
			@RequestParam(required = false) @Nullable String language) {
		Access access = workspaces.current();
		assessments.invite(access, id, body.raters() == null ? List.of() : body.raters());
		return view(assessments.read(access, id), language(language));
	}

	@Operation(summary = "Close an assessment to ratings (owners and admins).")
	@PostMapping("/api/v1/maturity/assessments/{id}/close")
	MaturityJson.AssessmentView close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language) {
		Access access = workspaces.current();
		assessments.close(access, id);
		return view(assessments.read(access, id), language(language));
	}

	private MaturityJson.AssessmentView view(Assessments.Read read, String language) {
		return view(assessments.rubric(), read, members.memberNames(workspaces.current().workspaceId()), language);
	}

	static MaturityJson.AssessmentView view(Rubric rubric, Assessments.Read read, Map<UUID, String> names,
			String language) {
		Assessment a = read.assessment();
		Evaluation e = read.evaluation();
		return new MaturityJson.AssessmentView(a.id(), a.name(), a.asOf(), a.status(), a.rubricVersion(),
				MaturityJson.number(e.overall()), MaturityJson.name(rubric, e.overall(), language),
				MaturityJson.number(e.overallRaters()),
				a.raters().stream().map(r -> new MaturityJson.RaterView(r.user(), names.get(r.user()), r.group(),
						r.invitedAt(), r.answeredAt(), r.ratings().size())).toList(),
				MaturityJson.competencies(rubric, e, read.previousEvaluation(), language),
				read.previous() == null ? null
						: new MaturityJson.Previous(read.previous().id(), read.previous().name(), read.previous().asOf()));
	}

	static String language(@Nullable String asked) {
		if (asked != null && !asked.isBlank()) {
			if (!LANGUAGES.contains(asked)) {
				throw new io.tajriba.platform.InvalidFieldException("language", "must be en, fa, ar or he");
			}
			return asked;
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		return LANGUAGES.contains(language) ? language : "en";
	}
}
