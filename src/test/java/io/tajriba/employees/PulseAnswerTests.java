package io.tajriba.employees;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import io.tajriba.employees.internal.PulseJobs;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Anonymous answers: the stored answer carries the team, department, location and day but no person, token or
 * time; a link answers once however many posts race; a closed wave answers no more; and after the mixing job the
 * rows of a wave cannot be lined up with the invitations marked used.
 */
@TajribaTest
class PulseAnswerTests {

	static final Instant OPENS = Instant.parse("2031-05-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PulseSetup setup;

	@Autowired
	PulseJobs jobs;

	UUID w;
	UUID program;

	@BeforeEach
	void aTeamOfEight() {
		w = tenants.create("Pulse answers").workspace().id();
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		fixtures.team(w, "Billing", "Finance");
		for (int i = 1; i <= 8; i++) {
			fixtures.employee(w, "emp-" + i, "Name " + i, "emp" + i + "@answers.test", i <= 4 ? "Care" : "Billing",
					i % 2 == 0 ? "Shiraz" : null, null, null);
		}
		program = setup.createProgram(w, new PulseSetup.NewProgram("Pulse", "monthly", 3, 100, 7, 3,
				LocalDate.of(2031, 5, 1)));
	}

	@Test
	void theAnswerIsStoredWithoutThePersonAndALinkAnswersOnce() {
		var wave = setup.openWave(w, program, OPENS);
		assertThat(wave.items()).containsExactly("enps", "engagement_proud", "engagement_energy", "engagement_future");
		assertThat(wave.tokensByEmployee()).hasSize(8);
		String token = wave.tokensByEmployee().get("emp-2");
		// 23:50 in Tehran (+03:30) on 1 May is still the 1st there, the 2nd in UTC
		Instant at = Instant.parse("2031-05-01T20:20:00Z");
		setup.answer(token, Map.of("enps", 4, "engagement_proud", 2, "engagement_future", "5",
				"comment", "The billing tool is slow and customers wait too long"), "fa", at);

		var row = jdbc.sql("""
				select team, department, location, answered_on, language, enps, items::text, comment, sentiment,
				  cardinality(themes) from pulse_answers where workspace_id = :w""").param("w", w)
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4).toString(),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), String.valueOf(rs.getString(9))))
			.single();
		assertThat(row).containsExactly("Care", "Service", "Shiraz", "2031-05-01", "fa", "4",
				"{\"engagement_proud\": 2, \"engagement_future\": 5}",
				"The billing tool is slow and customers wait too long", row.get(8));
		assertThat(row.get(8)).isIn("negative", "neutral", "positive");
		// analysed on the spot, never queued or kept with the customers' texts
		assertThat(jdbc.sql("select (select count(*) from text_analyses where workspace_id = :w) + "
				+ "(select count(*) from text_queue where workspace_id = :w)").param("w", w)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select used, mail_status from pulse_invitations where workspace_id = :w and employee_id = 'emp-2'")
			.param("w", w).query((rs, i) -> rs.getBoolean(1) + " " + rs.getString(2)).single()).isEqualTo("true pending");
		assertThat(jdbc.sql("select unmixed from pulse_waves where workspace_id = :w").param("w", w)
			.query(Integer.class).single()).isEqualTo(1);

		// no column could hold a person, a token or a time of day
		List<String> columns = jdbc.sql("""
				select column_name || ':' || data_type from information_schema.columns
				where table_name = 'pulse_answers' order by ordinal_position""").query(String.class).list();
		assertThat(columns).containsExactly("workspace_id:uuid", "id:uuid", "wave_id:uuid", "program_id:uuid",
				"team:text", "department:text", "location:text", "answered_on:date", "language:text",
				"enps:smallint", "items:jsonb", "comment:text", "sentiment:text", "themes:ARRAY");
		String stored = jdbc.sql("select row_to_json(a)::text from pulse_answers a where workspace_id = :w")
			.param("w", w).query(String.class).single();
		assertThat(stored).doesNotContain("emp-2", "Name 2", "emp2@answers.test", token, "20:20");

		// the same link again, by the API or the form: refused, nothing more stored
		assertThatThrownBy(() -> setup.answer(token, Map.of("enps", 10), "en", at.plusSeconds(60)))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("token"));
		assertThat(count()).isEqualTo(1);
		// bad answers name their field and use nothing up
		String other = wave.tokensByEmployee().get("emp-5");
		assertThatThrownBy(() -> setup.answer(other, Map.of("enps", 11), "en", at))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("enps"));
		assertThatThrownBy(() -> setup.answer(other, Map.of("engagement_proud", 3), "en", at))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("enps"));
		assertThatThrownBy(() -> setup.answer(other, Map.of("enps", 8, "recognition", 3), "en", at))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("recognition"));
		assertThatThrownBy(() -> setup.answer(other, Map.of("enps", 8, "comment", "x".repeat(5001)), "en", at))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("comment"));
		// a closed wave, an unknown link
		assertThatThrownBy(() -> setup.answer(other, Map.of("enps", 8), "en", OPENS.plus(Duration.ofDays(7))))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("token"));
		assertThatThrownBy(() -> setup.answer("A".repeat(43), Map.of("enps", 8), "en", at))
			.isInstanceOf(NotFoundException.class);
		assertThat(count()).isEqualTo(1);
		setup.answer(other, Map.of("enps", 8), "xx", at);
		assertThat(jdbc.sql("select language from pulse_answers where workspace_id = :w and team = 'Billing'")
			.param("w", w).query(String.class).single()).isEqualTo("en");
	}

	@Test
	void racingPostsOfOneLinkGiveExactlyOneAnswer() throws Exception {
		var wave = setup.openWave(w, program, Instant.now());
		// the test posts the links handed over; the mail job must not replace them meanwhile
		jdbc.sql("update pulse_invitations set mail_status = 'none' where workspace_id = :w").param("w", w).update();
		String token = wave.tokensByEmployee().get("emp-3");
		WebClient client = WebClient.anonymous(port);
		int posts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(posts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> results = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			Callable<HttpResponse<String>> post = () -> {
				start.await();
				return client.form("/s/pulse/" + token, Map.of("lang", "en", "q.enps", "7"));
			};
			results.add(pool.submit(post));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (var result : results) {
			statuses.add(result.get().statusCode());
		}
		pool.shutdown();
		assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
		assertThat(statuses.stream().filter(s -> s == 410)).hasSize(posts - 1);
		assertThat(count()).isEqualTo(1);
		assertThat(client.get("/s/pulse/" + token).statusCode()).isEqualTo(410);
		assertThat(client.get("/s/pulse/" + "B".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(client.get("/s/pulse/short").statusCode()).isEqualTo(404);
	}

	@Test
	void afterMixingNeitherOrderNorTransactionIdsLineAnswersUpWithInvitations() {
		var wave = setup.openWave(w, program, OPENS);
		Instant at = OPENS.plus(Duration.ofHours(3));
		int score = 0;
		for (String token : wave.tokensByEmployee().values()) {
			setup.answer(token, Map.of("enps", score++ % 11), "en", at);
		}
		// before the mix each answer was written by the transaction that marked its invitation used
		Set<Long> invitationXmins = xmins("select xmin::text::bigint from pulse_invitations where workspace_id = :w and used");
		Set<Long> answerXmins = xmins("select xmin::text::bigint from pulse_answers where workspace_id = :w");
		assertThat(invitationXmins).hasSize(8).containsAll(answerXmins);
		assertThat(answerXmins).hasSize(8);

		assertThat(jobs.mix()).isZero();
		Set<Long> mixed = xmins("select xmin::text::bigint from pulse_answers where workspace_id = :w");
		assertThat(mixed).hasSize(1).doesNotContainAnyElementsOf(invitationXmins);
		assertThat(xmins("select xmin::text::bigint from pulse_invitations where workspace_id = :w"))
			.hasSize(1).doesNotContainAnyElementsOf(invitationXmins);
		assertThat(count()).isEqualTo(8);
		assertThat(jdbc.sql("select count(*) from pulse_invitations where workspace_id = :w and used").param("w", w)
			.query(Integer.class).single()).isEqualTo(8);
		assertThat(jdbc.sql("select unmixed from pulse_waves where workspace_id = :w").param("w", w)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select sum(enps) from pulse_answers where workspace_id = :w").param("w", w)
			.query(Integer.class).single()).isEqualTo(28);
	}

	Set<Long> xmins(String sql) {
		return new HashSet<>(jdbc.sql(sql).param("w", w).query(Long.class).list());
	}

	int count() {
		return jdbc.sql("select count(*) from pulse_answers where workspace_id = :w").param("w", w)
			.query(Integer.class).single();
	}
}
