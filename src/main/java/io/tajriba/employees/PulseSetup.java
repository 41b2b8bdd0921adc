package io.tajriba.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.domain.PulseAnswerCheck;
import io.tajriba.employees.domain.PulsePlan;
import io.tajriba.employees.internal.PulseAnswers;
import io.tajriba.employees.internal.PulsePrograms;
import io.tajriba.employees.internal.PulseWaves;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Service;

/**
 * Pulse surveys for the demo and for tests: a programme made as the page makes it, a wave opened now, and an
 * answer given through an invitation's link exactly as the form gives it.
 */
@Service
public class PulseSetup {

	/**
	 * A programme: its name, cadence (weekly, biweekly, monthly), items a wave asks besides eNPS, the percentage
	 * of active employees invited, days a wave stays open, days until its reminder (0: none), the first wave's day.
	 */
	public record NewProgram(String name, String cadence, int itemsPerWave, int samplePercent, int openDays,
			int reminderDays, LocalDate firstWave) {
	}

	/**
	 * A wave just opened: its number, items (eNPS first) and the secret token of each invitation by employee id.
	 * The tokens are kept nowhere (only their hashes): they are handed over here for the demo and tests, and
	 * answer until the invitation mail goes, which carries a link of its own.
	 */
	public record Wave(UUID id, int number, List<String> items, Map<String, String> tokensByEmployee) {
	}

	private final PulsePrograms programs;
	private final PulseWaves waves;
	private final PulseAnswers answers;

	PulseSetup(PulsePrograms programs, PulseWaves waves, PulseAnswers answers) {
		this.programs = programs;
		this.waves = waves;
		this.answers = answers;
	}

	/** Makes the programme with its survey (from the employee-pulse template, published); its id. */
	public UUID createProgram(UUID workspaceId, NewProgram p) {
		Access access = new Access(workspaceId, Role.OWNER, "pulse", null, null);
		return programs.create(access, new PulsePlan(p.name(), p.cadence(), p.itemsPerWave(), p.samplePercent(),
				p.openDays(), p.reminderDays()), p.firstWave());
	}

	/** Opens the programme's next wave at {@code at}, as the job does when it is due. */
	public Wave openWave(UUID workspaceId, UUID programId, Instant at) {
		var opened = waves.open(workspaceId, programId, at);
		return new Wave(opened.id(), opened.number(), opened.items(), opened.tokensByEmployee());
	}

	/**
	 * Answers through the link of {@code token} at {@code at}: answers by item key (enps, the wave's items,
	 * comment), in {@code language}. An unknown token is not found; a used one, a closed wave or a bad answer
	 * are refused naming the field.
	 */
	public void answer(String token, Map<String, Object> given, String language, Instant at) {
		var result = answers.answer(token, given, language, at).orElseThrow(() -> new NotFoundException("Invitation"));
		if (!result.errors().isEmpty()) {
			var first = result.errors().entrySet().iterator().next();
			throw new InvalidFieldException(first.getKey(), PulseAnswerCheck.message(first.getKey(), first.getValue()));
		}
		switch (result.visit().state()) {
			case USED -> throw new InvalidFieldException("token", "was used already");
			case CLOSED -> throw new InvalidFieldException("token", "belongs to a wave that is not open");
			default -> {
			}
		}
	}
}
