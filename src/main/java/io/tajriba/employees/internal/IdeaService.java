package io.tajriba.employees.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.ActionPlans;
import io.tajriba.actions.Notifications;
import io.tajriba.employees.IdeaStatusChanged;
import io.tajriba.employees.domain.IdeaEvidence;
import io.tajriba.employees.domain.IdeaMove;
import io.tajriba.employees.domain.IdeaRanking;
import io.tajriba.employees.domain.IdeaStatus;
import io.tajriba.employees.internal.IdeaStore.NewIdea;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.TextSimilarity;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idea box: employees (and members) submit ideas, vote once each and comment; analysts move them through their
 * statuses; an accepted idea becomes an action of the actions module; the submitter and the voters who are members
 * are told of every change in the app and by e-mail.
 */
@Service
public class IdeaService {

	public static final int MAX_TITLE = 200;
	public static final int MAX_BODY = 10_000;
	public static final int MAX_TAG = 200;
	public static final int MAX_COMMENT = 10_000;
	static final int LISTED = 1000;
	static final int SIMILAR = 5;
	static final double MIN_SIMILARITY = 0.05;
	static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");

	/** What a submitter sends; blanks are missing. {@code employee} is whom an API key submits for. */
	public record Submission(@Nullable String title, @Nullable String body, @Nullable String language,
			@Nullable String stage, @Nullable String touchpoint, @Nullable String theme, @Nullable String employee) {
	}

	/** An idea in a list: the evidence it is ranked by and whether the caller has voted for it. */
	public record Ranked(Idea idea, IdeaEvidence evidence, boolean voted) implements IdeaRanking.Ranked {

		@Override
		public int number() {
			return idea.number();
		}

		@Override
		public int votes() {
			return idea.votes();
		}
	}

	/** An idea with everything its page shows; the submitter's name is null for an anonymous idea. */
	public record Detail(Idea idea, IdeaEvidence evidence, boolean voted, @Nullable String submitter,
			List<IdeaComment> comments, List<IdeaChange> changes, ActionPlans.@Nullable Progress action,
			@Nullable Idea duplicateOf) {
	}

	public record Similar(Idea idea, double similarity) {
	}

	/** The idea's votes after a vote; {@code added} false when the voter had voted already. */
	public record Vote(int votes, boolean voted, boolean added) {
	}

	/** Who votes: 'employee:<id>' or 'user:<member id>', and the member account behind it, if any. */
	record Voter(String key, @Nullable UUID userId) {
	}

	private final IdeaStore store;
	private final Staff staff;
	private final IdeaEvidenceReader evidence;
	private final JourneyStages stages;
	private final ActionPlans actions;
	private final Notifications notifications;
	private final AccessAdministration administration;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IdeaService(IdeaStore store, Staff staff, IdeaEvidenceReader evidence, JourneyStages stages, ActionPlans actions,
			Notifications notifications, AccessAdministration administration, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.store = store;
		this.staff = staff;
		this.evidence = evidence;
		this.stages = stages;
		this.actions = actions;
		this.notifications = notifications;
		this.administration = administration;
		this.clock = clock;
	}

	/**
	 * Submits an idea: signed in, the member is the submitter (and the employee whose account they are); with an API
	 * key, the employee named, or nobody.
	 */
	@Transactional
	public Idea submit(Access access, Submission s) {
		return submit(access, s, clock.instant());
	}

	/** Submits an idea as {@link #submit(Access, Submission)} does, at {@code now} (the demo's past). */
	@Transactional
	public Idea submit(Access access, Submission s, Instant now) {
		String employee = null;
		UUID user = null;
		if (access.isUser()) {
			user = access.userId();
			employee = staff.ofUser(access.workspaceId(), access.userId()).map(Staff.Employee::id).orElse(null);
		}
		else if (blankless(s.employee()) != null) {
			Staff.Employee e = staff.byId(access.workspaceId(), s.employee().strip())
				.orElseThrow(() -> new InvalidFieldException("employee", "is not an active employee of the workspace"));
			employee = e.id();
			user = e.userId();
		}
		return add(access.workspaceId(), s, employee, user, name(access), now);
	}

	/** Submits an idea through the workspace's anonymous link: nobody is recorded as its submitter. */
	@Transactional
	public Idea submitAnonymously(UUID workspaceId, Submission s) {
		return add(workspaceId, s, null, null, "anonymous", clock.instant());
	}

	private Idea add(UUID workspaceId, Submission s, @Nullable String employee, @Nullable UUID user, String by,
			Instant now) {
		String title = blankless(s.title());
		if (title == null || title.length() > MAX_TITLE) {
			throw new InvalidFieldException("title", "must have 1 to " + MAX_TITLE + " characters");
		}
		String body = s.body() == null ? "" : s.body().strip();
		if (body.length() > MAX_BODY) {
			throw new InvalidFieldException("body", "must have at most " + MAX_BODY + " characters");
		}
		String language = blankless(s.language()) == null ? "en" : s.language().strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(language)) {
			throw new InvalidFieldException("language", "must be one of en, fa, ar, he");
		}
		String stage = tag("stage", s.stage());
		String touchpoint = tag("touchpoint", s.touchpoint());
		String theme = tag("theme", s.theme());
		checkJourney(workspaceId, stage, touchpoint);
		Idea idea = store.add(workspaceId, new NewIdea(title, body, language, stage, touchpoint, theme, employee, user),
				now);
		store.change(workspaceId, idea.id(), null, IdeaStatus.SUBMITTED.id(), null, by, now);
		return idea;
	}

	/**
	 * A stage must be a key of the workspace's journey. A touchpoint is the name interactions record, as free as
	 * theirs: the journey's stages list only the touchpoints that place an interaction, not every one there is.
	 */
	private void checkJourney(UUID workspaceId, @Nullable String stage, @Nullable String touchpoint) {
		if (stage == null) {
			return;
		}
		List<JourneyStages.Stage> map = stages.of(workspaceId, null, "en").orElse(List.of());
		if (map.stream().noneMatch(st -> st.key().equals(stage))) {
			throw new InvalidFieldException("stage", "is not a stage of the workspace's journey");
		}
	}

	/** The stages of the workspace's journey, for the forms. */
	public List<JourneyStages.Stage> stages(UUID workspaceId, String language) {
		return stages.of(workspaceId, null, language).orElse(List.of());
	}

	/** The ideas that pass the filter, ranked; {@code access} null for the anonymous link (nobody has voted). */
	public List<Ranked> list(UUID workspaceId, @Nullable Access access, IdeaFilter filter, IdeaRanking.Sort sort) {
		IdeaEvidenceReader.Weights weights = evidence.read(workspaceId);
		Set<UUID> voted = access == null ? Set.of() : votedBy(access);
		List<Ranked> ranked = store.list(workspaceId, filter, LISTED).stream()
			.map(i -> new Ranked(i, weights.of(i), voted.contains(i.id()))).toList();
		return IdeaRanking.sort(ranked, sort);
	}

	/** The ideas by votes without their evidence (no analysis run): what the anonymous link shows. */
	public List<Ranked> listByVotes(UUID workspaceId) {
		return IdeaRanking.sort(store.list(workspaceId, IdeaFilter.ALL, LISTED).stream()
			.map(i -> new Ranked(i, IdeaEvidence.NONE, false)).toList(), IdeaRanking.Sort.VOTES);
	}

	private Set<UUID> votedBy(Access access) {
		Optional<Voter> voter = voterIfAny(access, null);
		return voter.map(v -> (Set<UUID>) new HashSet<>(store.votedBy(access.workspaceId(), v.key()))).orElse(Set.of());
	}

	public Idea find(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Idea"));
	}

	public Idea byNumber(UUID workspaceId, int number) {
		return store.byNumber(workspaceId, number).orElseThrow(() -> new NotFoundException("Idea"));
	}

	public Optional<Idea> byNumberIfAny(UUID workspaceId, int number) {
		return store.byNumber(workspaceId, number);
	}

	public Detail detail(Access access, UUID id) {
		Idea idea = find(access.workspaceId(), id);
		Optional<Voter> voter = voterIfAny(access, null);
		boolean voted = voter.isPresent() && store.voted(access.workspaceId(), id, voter.get().key());
		ActionPlans.Progress action = idea.actionId() == null ? null
				: actions.progress(access.workspaceId(), idea.actionId()).orElse(null);
		Idea duplicateOf = idea.duplicateOf() == null ? null
				: store.find(access.workspaceId(), idea.duplicateOf()).orElse(null);
		return new Detail(idea, evidence.read(access.workspaceId()).of(idea), voted, submitter(access.workspaceId(), idea),
				store.comments(access.workspaceId(), id), store.changes(access.workspaceId(), id), action, duplicateOf);
	}

	private @Nullable String submitter(UUID workspaceId, Idea idea) {
		if (idea.submitterEmployee() != null) {
			return staff.name(workspaceId, idea.submitterEmployee()).orElse(idea.submitterEmployee());
		}
		if (idea.submitterUser() != null) {
			return administration.memberNames(workspaceId).get(idea.submitterUser());
		}
		return null;
	}

	/**
	 * Up to five ideas of the workspace most like the text (duplicates left out: their original is listed), each
	 * with its similarity in [0, 1], the most similar first; ideas sharing nothing with it are not listed.
	 */
	public List<Similar> similar(UUID workspaceId, @Nullable String text) {
		String asked = text == null ? "" : text.strip();
		if (asked.isEmpty()) {
			return List.of();
		}
		if (asked.length() > MAX_BODY) {
			throw new InvalidFieldException("text", "must have at most " + MAX_BODY + " characters");
		}
		List<Similar> found = new ArrayList<>();
		for (Idea idea : store.list(workspaceId, IdeaFilter.ALL, LISTED)) {
			if (idea.status() == IdeaStatus.DUPLICATE) {
				continue;
			}
			double similarity = Math.max(TextSimilarity.similarity(asked, idea.title()),
					idea.body().isEmpty() ? 0 : TextSimilarity.similarity(asked, idea.title() + " " + idea.body()));
			if (similarity >= MIN_SIMILARITY) {
				found.add(new Similar(idea, Math.round(similarity * 1000) / 1000.0));
			}
		}
		return found.stream().sorted(Comparator.comparingDouble(Similar::similarity).reversed()
			.thenComparing(s -> -s.idea().votes())).limit(SIMILAR).toList();
	}

	/** One vote per voter: voting again changes nothing. A closed idea takes no votes. */
	@Transactional
	public Vote vote(Access access, UUID id, @Nullable String employee) {
		return vote(access, id, employee, clock.instant());
	}

	@Transactional
	public Vote vote(Access access, UUID id, @Nullable String employee, Instant now) {
		Idea idea = open(access.workspaceId(), id);
		Voter voter = voter(access, employee);
		boolean added = store.vote(access.workspaceId(), id, voter.key(), voter.userId(), now);
		return new Vote(find(access.workspaceId(), idea.id()).votes(), true, added);
	}

	@Transactional
	public Vote unvote(Access access, UUID id, @Nullable String employee) {
		Idea idea = open(access.workspaceId(), id);
		Voter voter = voter(access, employee);
		boolean removed = store.unvote(access.workspaceId(), id, voter.key());
		return new Vote(find(access.workspaceId(), idea.id()).votes(), false, removed);
	}

	private Idea open(UUID workspaceId, UUID id) {
		Idea idea = store.lock(workspaceId, id).orElseThrow(() -> new NotFoundException("Idea"));
		if (idea.status().closed()) {
			throw new InvalidFieldException("status", "the idea is " + idea.status().id() + ": it takes no votes");
		}
		return idea;
	}

	private Voter voter(Access access, @Nullable String employee) {
		return voterIfAny(access, employee).orElseThrow(() -> new InvalidFieldException("employee",
				"is required with an API key: the employee who votes"));
	}

	/** The member votes as the employee they are, else as themselves; an API key for the employee it names. */
	private Optional<Voter> voterIfAny(Access access, @Nullable String employee) {
		if (access.isUser()) {
			UUID user = access.userId();
			return Optional.of(staff.ofUser(access.workspaceId(), user).map(e -> new Voter("employee:" + e.id(), user))
				.orElseGet(() -> new Voter("user:" + user, user)));
		}
		if (blankless(employee) == null) {
			return Optional.empty();
		}
		Staff.Employee e = staff.byId(access.workspaceId(), employee.strip())
			.orElseThrow(() -> new InvalidFieldException("employee", "is not an active employee of the workspace"));
		return Optional.of(new Voter("employee:" + e.id(), e.userId()));
	}

	@Transactional
	public IdeaComment comment(Access access, UUID id, @Nullable String body, @Nullable String employee) {
		find(access.workspaceId(), id);
		String text = blankless(body);
		if (text == null || text.length() > MAX_COMMENT) {
			throw new InvalidFieldException("body", "must have 1 to " + MAX_COMMENT + " characters");
		}
		String name;
		UUID author = access.userId();
		if (access.isUser()) {
			UUID user = access.userId();
			name = staff.ofUser(access.workspaceId(), user).map(Staff.Employee::name)
				.orElseGet(() -> administration.memberNames(access.workspaceId()).getOrDefault(user, access.actor()));
		}
		else if (blankless(employee) != null) {
			Staff.Employee e = staff.byId(access.workspaceId(), employee.strip())
				.orElseThrow(() -> new InvalidFieldException("employee", "is not an active employee of the workspace"));
			name = e.name();
			author = e.userId();
		}
		else {
			name = access.actor();
		}
		return store.comment(access.workspaceId(), id, author, name, text, clock.instant());
	}

	/**
	 * Moves an idea to another status (analysts; reopening a declined idea owners and admins), records the change
	 * and tells the submitter and voters; on acceptance an action is made of the idea, once.
	 */
	@Transactional
	public Idea move(Access access, UUID id, IdeaMove move) {
		return move(access, id, move, clock.instant());
	}

	@Transactional
	public Idea move(Access access, UUID id, IdeaMove move, Instant now) {
		UUID workspaceId = access.workspaceId();
		Idea idea = store.lock(workspaceId, id).orElseThrow(() -> new NotFoundException("Idea"));
		move.check(idea.id(), idea.status(), access.role().canAdminister());
		if (move.duplicateOf() != null) {
			Idea original = store.find(workspaceId, move.duplicateOf())
				.orElseThrow(() -> new InvalidFieldException("duplicateOf", "is not an idea of the workspace"));
			if (original.status() == IdeaStatus.DUPLICATE) {
				throw new InvalidFieldException("duplicateOf", "is itself a duplicate: name the original idea");
			}
		}
		
		String by = name(access);
		store.status(workspaceId, id, idea.status(), move.to(), move.reason(), move.duplicateOf(), by, now);
		UUID actionId = idea.actionId();
		if (move.to() == IdeaStatus.ACCEPTED && actionId == null) {
			UUID action = actions.create(workspaceId, access.actor(), new ActionPlans.NewAction(idea.title(),
					idea.body().isEmpty() ? null : idea.body(), null, null, null, null, null, "idea",
					idea.id().toString(), "Idea #" + idea.number() + ": " + idea.title(), idea.stage(),
					idea.touchpoint(), now));
			store.action(workspaceId, id, action);
			actionId = action;
		}
		events.publishEvent(new IdeaStatusChanged(workspaceId, id, idea.number(), idea.title(), idea.status().id(),
				move.to().id(), move.reason(), actionId, now));
		Set<UUID> audience = new HashSet<>(store.audience(workspaceId, id));
		if (access.userId() != null) {
			audience.remove(access.userId());
		}
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("number", String.valueOf(idea.number()));
		detail.put("title", idea.title());
		detail.put("by", by);
		detail.put("word", "ideas.status." + move.to().id());
		detail.put("status", move.to().id());
		notifications.notify(workspaceId, audience, "idea_status", detail, "/ideas/" + idea.number(), now);
		return find(workspaceId, id);
	}

	private String name(Access access) {
		if (access.userId() != null) {
			String name = administration.memberNames(access.workspaceId()).get(access.userId());
			if (name != null) {
				return name;
			}
		}
		return access.actor();
	}

	private static @Nullable String tag(String field, @Nullable String value) {
		String text = blankless(value);
		if (text != null && text.length() > MAX_TAG) {
			throw new InvalidFieldException(field, "must have at most " + MAX_TAG + " characters");
		}
		return text;
	}

	static @Nullable String blankless(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
