package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import io.tajriba.demo.domain.DemoPulseAnswers;
import io.tajriba.demo.domain.DemoStaff;
import io.tajriba.employees.EmployeeDirectory;
import io.tajriba.employees.EmployeeTeam;
import io.tajriba.employees.PulseSetup;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo company's employee voice, set up once: its 122 employees in fourteen teams (the agents who sign in linked
 * to their accounts), a monthly pulse whose six past waves each employee answered or not through their own
 * invitation, exactly as the form does, and the idea box ({@link DemoIdeaBox}).
 */
@Component
class DemoEmployees {

	static final int WAVES = 6;

	private final EmployeeDirectory directory;
	private final PulseSetup pulse;
	private final DemoIdeaBox ideas;
	private final Workspaces workspaces;
	private final ObjectMapper mapper;
	private final Clock clock;

	DemoEmployees(EmployeeDirectory directory, PulseSetup pulse, DemoIdeaBox ideas, Workspaces workspaces,
			ObjectMapper mapper, Clock clock) {
		this.directory = directory;
		this.pulse = pulse;
		this.ideas = ideas;
		this.workspaces = workspaces;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Sets the employees up unless the workspace has some already; how many pulse answers were given. */
	int seed(UUID workspaceId, long seed) {
		if (!directory.list(workspaceId).isEmpty()) {
			return 0;
		}
		for (DemoStaff.Team team : DemoStaff.TEAMS) {
			directory.saveTeam(workspaceId, new EmployeeTeam(team.name(), team.department(), team.stages()));
		}
		List<DemoStaff.Person> people = DemoStaff.people();
		IngestReport report = directory.record(workspaceId, rows(people));
		if (!report.rejected().isEmpty()) {
			throw new IllegalStateException("demo employees refused: " + report.rejected());
		}
		int answers = answerPulse(workspaceId, people, new SplittableRandom(seed));
		ideas.seed(workspaceId, people);
		return answers;
	}

	private List<BatchReader.Row> rows(List<DemoStaff.Person> people) {
		List<String> signIn = new ArrayList<>(DemoTeam.CARE);
		signIn.addAll(DemoTeam.STORES);
		List<BatchReader.Row> rows = new ArrayList<>();
		for (DemoStaff.Person p : people) {
			ObjectNode row = mapper.createObjectNode().put("id", p.id()).put("name", p.name()).put("email", p.email())
				.put("team", p.team()).put("department", p.department()).put("location", p.location())
				.put("language", p.language());
			if (p.agent() != null) {
				row.put("agent", p.agent());
				if (signIn.contains(p.agent())) {
					row.put("user", DemoTeam.email(p.agent()));
				}
			}
			rows.add(new BatchReader.Row(rows.size() + 1, row.toString(), row, null));
		}
		return rows;
	}

	/**
	 * Six monthly waves, the last closed yesterday: each opened as the job opens it, answered over its first five
	 * days by about seven in ten of those invited.
	 */
	private int answerPulse(UUID workspaceId, List<DemoStaff.Person> people, SplittableRandom random) {
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		// the last wave opened eight days ago and has just closed; the first five months before it
		LocalDate last = LocalDate.ofInstant(clock.instant(), zone).minusDays(8);
		LocalDate first = last.minusMonths(WAVES - 1);
		UUID program = pulse.createProgram(workspaceId,
				new PulseSetup.NewProgram("Monthly pulse", "monthly", 3, 100, 7, 3, first));
		int answered = 0;
		for (int w = 0; w < WAVES; w++) {
			Instant opens = first.plusMonths(w).atTime(9, 0).atZone(zone).toInstant();
			PulseSetup.Wave wave = pulse.openWave(workspaceId, program, opens);
			// people in the directory's order, not the invitations' (drawn at random), so the seed decides the answers
			for (DemoStaff.Person person : people) {
				String token = wave.tokensByEmployee().get(person.id());
				var answer = token == null ? java.util.Optional.<DemoPulseAnswers.Answer>empty()
						: DemoPulseAnswers.of(person, w, WAVES, wave.items(), random);
				if (answer.isEmpty()) {
					continue;
				}
				Map<String, Object> given = new HashMap<>(answer.get().items());
				given.put("enps", answer.get().enps());
				if (answer.get().comment() != null) {
					given.put("comment", answer.get().comment());
				}
				Instant at = opens.plus(Duration.ofHours(2 + random.nextInt(24 * 5)));
				pulse.answer(token, given, person.language(), at);
				answered++;
			}
		}
		return answered;
	}
}
