package io.tajriba.employees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.employees.domain.PulseAnswerCheck;
import io.tajriba.employees.domain.PulseAnswerCheck.Checked;
import io.tajriba.employees.internal.PulseRoster.Place;
import io.tajriba.platform.Digests;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers to pulse waves, given through an invitation's secret link. In one transaction the invitation is marked
 * used (nothing else: no time, no answer) and the answer is stored without the person: their team, department and
 * location as they are now, the day, the language, the scores and the comment with its sentiment and themes
 * (analysed here, never queued with the customers' texts). A used link answers no more, however many posts race.
 */
@Service
public class PulseAnswers {

	public enum State { OPEN, ANSWERED, USED, CLOSED }

	/** What a link opens: its wave's items (eNPS first), survey and language, and whether it can still answer. */
	public record Visit(State state, UUID workspaceId, UUID waveId, UUID surveyId, List<String> items,
			String language) {

		Visit with(State state, String language) {
			return new Visit(state, workspaceId, waveId, surveyId, items, language);
		}
	}

	/** The visit after an answer was tried, and the errors by field if it was refused as given. */
	public record Result(Visit visit, Map<String, String> errors) {
	}

	private static final Logger log = LoggerFactory.getLogger(PulseAnswers.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final PulseRoster roster;
	private final TextAnalytics text;
	private final Workspaces workspaces;
	private final ObjectMapper mapper;

	PulseAnswers(JdbcClient jdbc, TransactionTemplate transaction, PulseRoster roster, TextAnalytics text,
			Workspaces workspaces, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.roster = roster;
		this.text = text;
		this.workspaces = workspaces;
		this.mapper = mapper;
	}

	/** The link's visit at {@code at}, in {@code language} if it is one of ours (else the invitation's); empty if unknown. */
	public Optional<Visit> visit(String token, String language, Instant at) {
		if (!PulseToken.plausible(token)) {
			return Optional.empty();
		}
		byte[] hash = Digests.sha256(token);
		return jdbc.sql("""
				select i.workspace_id, i.wave_id, i.used, i.language, w.items, w.opens_at, w.closes_at, p.survey_id
				from pulse_invitations i
				join pulse_waves w on w.workspace_id = i.workspace_id and w.id = i.wave_id
				join pulse_programs p on p.workspace_id = w.workspace_id and p.id = w.program_id
				where i.token_hash = :h or i.reminder_hash = :h""")
			.param("h", hash)
			.query((rs, i) -> visit(rs, at))
			.optional()
			.map(v -> Languages.SUPPORTED.contains(language) ? v.with(v.state(), language) : v);
	}

	/** Records the answer if the link may still answer and the answer is good; the outcome either way. */
	public Optional<Result> answer(String token, Map<String, ?> given, String language, Instant at) {
		Visit visit = visit(token, language, at).orElse(null);
		if (visit == null) {
			return Optional.empty();
		}
		if (visit.state() != State.OPEN) {
			return Optional.of(new Result(visit, Map.of()));
		}
		var outcome = PulseAnswerCheck.check(visit.items().stream()
			.filter(item -> !item.equals(PulseAnswerCheck.ENPS)).toList(), given);
		Checked answer = outcome.answer();
		if (answer == null) {
			return Optional.of(new Result(visit, outcome.errors()));
		}
		TextAnalysis analysis = answer.comment() == null ? null : analyse(visit.workspaceId(), answer.comment());
		State state = transaction.execute(tx -> {
			// the wave's row first: answers wait for a mix under way (which rewrites the invitations) and the mix
			// for them, so that an invitation is never found gone while it is being rewritten
			jdbc.sql("select id from pulse_waves where workspace_id = :w and id = :wave for no key update")
				.param("w", visit.workspaceId()).param("wave", visit.waveId()).query(UUID.class).single();
			String employee = jdbc.sql("""
					update pulse_invitations i set used = true from pulse_waves w
					where (i.token_hash = :h or i.reminder_hash = :h) and not i.used
					  and w.workspace_id = i.workspace_id and w.id = i.wave_id and w.opens_at <= :at and w.closes_at > :at
					returning i.employee_id""")
				.param("h", Digests.sha256(token)).param("at", PulseStore.utc(at))
				.query(String.class).optional().orElse(null);
			if (employee == null) {
				return State.USED;
			}
			Place place = roster.place(visit.workspaceId(), employee).orElse(null);
			if (place == null) {
				tx.setRollbackOnly();
				return State.CLOSED;
			}
			insert(visit, place, answer, analysis, at);
			return State.ANSWERED;
		});
		return Optional.of(new Result(visit.with(state == null ? State.USED : state, visit.language()), Map.of()));
	}

	private void insert(Visit visit, Place place, Checked answer, @Nullable TextAnalysis analysis, Instant at) {
		// the day the wave opened, not the day of the answer: a day of its own would set apart those who answered
		// after the reminder, or on a day only one of a team answered
		String zone = workspaces.workspace(visit.workspaceId()).timeZone().getId();
		jdbc.sql("""
				insert into pulse_answers (workspace_id, id, wave_id, program_id, team, department, location,
				  answered_on, language, enps, items, comment, sentiment, themes)
				select :w, gen_random_uuid(), :wave, program_id, :team, :department, :location,
				  cast(timezone(:zone, opens_at) as date), :language, :enps,
				  cast(:items as jsonb), :comment, :sentiment, :themes
				from pulse_waves where workspace_id = :w and id = :wave""")
			.param("w", visit.workspaceId()).param("wave", visit.waveId()).param("team", place.team())
			.param("department", place.department()).param("location", place.location()).param("zone", zone)
			.param("language", visit.language()).param("enps", answer.enps())
			.param("items", mapper.writeValueAsString(answer.items())).param("comment", answer.comment())
			.param("sentiment", analysis == null ? null : analysis.sentiment())
			.param("themes", analysis == null ? new String[0] : analysis.themes().toArray(String[]::new))
			.update();
		jdbc.sql("update pulse_waves set unmixed = unmixed + 1 where workspace_id = :w and id = :wave")
			.param("w", visit.workspaceId()).param("wave", visit.waveId()).update();
	}

	private @Nullable TextAnalysis analyse(UUID workspaceId, String comment) {
		try {
			return text.analyze(workspaceId, comment);
		}
		catch (RuntimeException e) {
			// the answer counts without its sentiment rather than not at all
			log.warn("A pulse comment could not be analysed: {}", e.toString());
			return null;
		}
	}

	private static Visit visit(ResultSet rs, Instant at) throws SQLException {
		Instant opens = rs.getObject("opens_at", OffsetDateTime.class).toInstant();
		Instant closes = rs.getObject("closes_at", OffsetDateTime.class).toInstant();
		State state = rs.getBoolean("used") ? State.USED
				: at.isBefore(opens) || !at.isBefore(closes) ? State.CLOSED : State.OPEN;
		return new Visit(state, rs.getObject("workspace_id", UUID.class), rs.getObject("wave_id", UUID.class),
				rs.getObject("survey_id", UUID.class), PulseStore.texts(rs.getArray("items")), rs.getString("language"));
	}
}
