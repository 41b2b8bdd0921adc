package io.tajriba.employees.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.employees.domain.PulsePlan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pulse programmes and their waves, always within one workspace. */
@Repository
public class PulseStore {

	/** A programme as stored. */
	public record Program(UUID id, UUID surveyId, PulsePlan plan, String status, LocalDate nextWaveOn,
			Instant createdAt) {
	}

	/** A wave with its counts: invited, and invitations used (answers given). */
	public record WaveRow(UUID id, UUID programId, int number, List<String> items, Instant opensAt, Instant closesAt,
			int invited, int answered, @Nullable Instant remindedAt) {

		public boolean openAt(Instant now) {
			return !now.isBefore(opensAt) && now.isBefore(closesAt);
		}
	}

	private static final String PROGRAM = """
			select id, survey_id, name, cadence, items_per_wave, sample_percent, open_days, reminder_days, status,
			  next_wave_on, created_at from pulse_programs""";

	private static final String WAVE = """
			select w.id, w.program_id, w.number, w.items, w.opens_at, w.closes_at, w.invited, w.reminded_at,
			  (select count(*) from pulse_invitations i where i.workspace_id = w.workspace_id and i.wave_id = w.id
			     and i.used) as answered
			from pulse_waves w""";

	private final JdbcClient jdbc;

	PulseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(UUID workspaceId, UUID surveyId, PulsePlan plan, LocalDate firstWave, Instant now) {
		return jdbc.sql("""
				insert into pulse_programs (workspace_id, name, survey_id, cadence, items_per_wave, sample_percent,
				  open_days, reminder_days, status, next_wave_on, created_at, updated_at)
				values (:w, :name, :survey, :cadence, :items, :sample, :open, :remind, 'active', :next, :now, :now)
				returning id""")
			.param("w", workspaceId).param("name", plan.name()).param("survey", surveyId)
			.param("cadence", plan.cadence()).param("items", plan.itemsPerWave()).param("sample", plan.samplePercent())
			.param("open", plan.openDays()).param("remind", plan.reminderDays()).param("next", firstWave)
			.param("now", utc(now)).query(UUID.class).single();
	}

	public List<Program> programs(UUID workspaceId) {
		return jdbc.sql(PROGRAM + " where workspace_id = :w order by created_at desc, name")
			.param("w", workspaceId).query(PulseStore::program).list();
	}

	public Optional<Program> program(UUID workspaceId, UUID id) {
		return jdbc.sql(PROGRAM + " where workspace_id = :w and id = :id").param("w", workspaceId).param("id", id)
			.query(PulseStore::program).optional();
	}

	/** The programme, its row locked until the transaction ends (one wave opens at a time). */
	Optional<Program> lock(UUID workspaceId, UUID id) {
		return jdbc.sql(PROGRAM + " where workspace_id = :w and id = :id for update").param("w", workspaceId)
			.param("id", id).query(PulseStore::program).optional();
	}

	void update(UUID workspaceId, UUID id, PulsePlan plan, String status, LocalDate nextWaveOn, Instant now) {
		jdbc.sql("""
				update pulse_programs set name = :name, cadence = :cadence, items_per_wave = :items,
				  sample_percent = :sample, open_days = :open, reminder_days = :remind, status = :status,
				  next_wave_on = :next, updated_at = :now
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", id).param("name", plan.name()).param("cadence", plan.cadence())
			.param("items", plan.itemsPerWave()).param("sample", plan.samplePercent()).param("open", plan.openDays())
			.param("remind", plan.reminderDays()).param("status", status).param("next", nextWaveOn)
			.param("now", utc(now)).update();
	}

	/** The workspaces with an active programme due by {@code day} (UTC; each is checked in its own zone). */
	List<UUID> workspacesDueBy(LocalDate day) {
		return jdbc.sql("""
				select distinct workspace_id from pulse_programs where status = 'active' and next_wave_on <= :day""")
			.param("day", day).query(UUID.class).list();
	}

	List<UUID> dueIn(UUID workspaceId, LocalDate today) {
		return jdbc.sql("""
				select id from pulse_programs where workspace_id = :w and status = 'active' and next_wave_on <= :day
				order by next_wave_on, id""")
			.param("w", workspaceId).param("day", today).query(UUID.class).list();
	}

	public List<WaveRow> waves(UUID workspaceId, UUID programId) {
		return jdbc.sql(WAVE + " where w.workspace_id = :w and w.program_id = :p order by w.number desc")
			.param("w", workspaceId).param("p", programId).query(PulseStore::wave).list();
	}

	Optional<WaveRow> wave(UUID workspaceId, UUID waveId) {
		return jdbc.sql(WAVE + " where w.workspace_id = :w and w.id = :id").param("w", workspaceId)
			.param("id", waveId).query(PulseStore::wave).optional();
	}

	int lastNumber(UUID workspaceId, UUID programId) {
		return jdbc.sql("select coalesce(max(number), 0) from pulse_waves where workspace_id = :w and program_id = :p")
			.param("w", workspaceId).param("p", programId).query(Integer.class).single();
	}

	UUID insertWave(UUID workspaceId, UUID programId, int number, List<String> items, Instant opensAt,
			Instant closesAt) {
		return jdbc.sql("""
				insert into pulse_waves (workspace_id, program_id, number, items, opens_at, closes_at)
				values (:w, :p, :n, :items, :opens, :closes) returning id""")
			.param("w", workspaceId).param("p", programId).param("n", number)
			.param("items", items.toArray(String[]::new)).param("opens", utc(opensAt)).param("closes", utc(closesAt))
			.query(UUID.class).single();
	}

	void invite(UUID workspaceId, UUID waveId, String employeeId, byte[] tokenHash, String language, Instant due) {
		jdbc.sql("""
				insert into pulse_invitations (workspace_id, wave_id, employee_id, token_hash, language, mail_status,
				  mail_due)
				values (:w, :wave, :e, :hash, :language, 'pending', :due)""")
			.param("w", workspaceId).param("wave", waveId).param("e", employeeId).param("hash", tokenHash)
			.param("language", language).param("due", utc(due)).update();
	}

	void invited(UUID workspaceId, UUID waveId, int invited) {
		jdbc.sql("update pulse_waves set invited = :n where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", waveId).param("n", invited).update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Program program(ResultSet rs, int i) throws SQLException {
		return new Program(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				new PulsePlan(rs.getString("name"), rs.getString("cadence"), rs.getInt("items_per_wave"),
						rs.getInt("sample_percent"), rs.getInt("open_days"), rs.getInt("reminder_days")),
				rs.getString("status"), rs.getObject("next_wave_on", LocalDate.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static WaveRow wave(ResultSet rs, int i) throws SQLException {
		OffsetDateTime reminded = rs.getObject("reminded_at", OffsetDateTime.class);
		return new WaveRow(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class), rs.getInt("number"),
				texts(rs.getArray("items")), rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
				rs.getObject("closes_at", OffsetDateTime.class).toInstant(), rs.getInt("invited"),
				rs.getInt("answered"), reminded == null ? null : reminded.toInstant());
	}

	static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
