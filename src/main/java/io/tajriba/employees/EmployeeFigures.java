package io.tajriba.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.employees.internal.PulseStore;
import io.tajriba.metrics.ScoreStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Employee voice in figures for other modules (the maturity evidence, goals): eNPS, pulse participation, ideas acted on. */
@Service
public class EmployeeFigures {

	/** Of some employees or ideas, how many did or got something. */
	public record Share(long part, long whole) {
	}

	private final PulseStore pulses;
	private final JdbcClient jdbc;
	private final EnpsResults enps;

	EmployeeFigures(PulseStore pulses, JdbcClient jdbc, EnpsResults enps) {
		this.pulses = pulses;
		this.jdbc = jdbc;
		this.enps = enps;
	}

	/**
	 * The workspace's eNPS over the waves opened in [from, to), with its interval and n, as the results page shows
	 * it; null when there are no answers, or too few to show under the anonymity threshold.
	 */
	public ScoreStatistics.@Nullable NpsFigure enps(UUID workspaceId, ZoneId zone, LocalDate from, LocalDate to) {
		return enps.board(enps.query(workspaceId, zone, null, from.toString(), to.toString(), null)).overall();
	}

	/** The pulse waves that closed in [from, to): invitations sent, and answered (never more than sent). */
	public Share pulseParticipation(UUID workspaceId, Instant from, Instant to) {
		long invited = 0;
		long answered = 0;
		for (PulseStore.Program program : pulses.programs(workspaceId)) {
			for (PulseStore.WaveRow wave : pulses.waves(workspaceId, program.id())) {
				if (!wave.closesAt().isBefore(from) && wave.closesAt().isBefore(to)) {
					invited += wave.invited();
					answered += Math.min(wave.answered(), wave.invited());
				}
			}
		}
		return new Share(answered, invited);
	}

	/**
	 * The ideas submitted in [from, to), duplicates left out, and those acted on: accepted (an action was made of
	 * it), in progress or done, as they stand now.
	 */
	public Share ideasActedOn(UUID workspaceId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) filter (where status in ('accepted', 'in_progress', 'done')) as acted,
				  count(*) filter (where status <> 'duplicate') as ideas
				from ideas where workspace_id = :w and created_at >= :from and created_at < :to""")
			.param("w", workspaceId).param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Share(rs.getLong("acted"), rs.getLong("ideas"))).single();
	}
}
