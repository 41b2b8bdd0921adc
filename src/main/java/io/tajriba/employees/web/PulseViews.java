package io.tajriba.employees.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.employees.internal.PulseStore;
import io.tajriba.employees.internal.PulseStore.Program;
import io.tajriba.employees.internal.PulseStore.WaveRow;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.jspecify.annotations.Nullable;

/** Programmes and waves as the API and the page show them, participation with its n and 95% interval. */
final class PulseViews {

	/** The share of the invited who answered: rate, the n it is of, and its 95% Wilson interval (none of none). */
	record Participation(int n, int answered, @Nullable Double rate, @Nullable Double low, @Nullable Double high) {

		static Participation of(int invited, int answered) {
			if (invited <= 0) {
				return new Participation(0, 0, null, null, null);
			}
			int hits = Math.min(answered, invited);
			ConfidenceInterval ci = new WilsonScoreInterval().createInterval(invited, hits, 0.95);
			return new Participation(invited, hits, hits / (double) invited, ci.getLowerBound(), ci.getUpperBound());
		}
	}

	record WaveView(UUID id, int number, List<String> items, Instant opensAt, Instant closesAt, boolean open,
			int invited, int answered, Participation participation, @Nullable Instant remindedAt) {

		static WaveView of(WaveRow w, Instant now) {
			return new WaveView(w.id(), w.number(), w.items(), w.opensAt(), w.closesAt(), w.openAt(now), w.invited(),
					w.answered(), Participation.of(w.invited(), w.answered()), w.remindedAt());
		}
	}

	record ProgramView(UUID id, String name, UUID surveyId, String cadence, int itemsPerWave, int samplePercent,
			int openDays, int reminderDays, String status, LocalDate nextWaveOn, Instant createdAt,
			List<WaveView> waves) {

		static ProgramView of(Program p, List<WaveRow> waves, Instant now) {
			return new ProgramView(p.id(), p.plan().name(), p.surveyId(), p.plan().cadence(), p.plan().itemsPerWave(),
					p.plan().samplePercent(), p.plan().openDays(), p.plan().reminderDays(), p.status(), p.nextWaveOn(),
					p.createdAt(), waves.stream().map(w -> WaveView.of(w, now)).toList());
		}
	}

	private PulseViews() {
	}

	static ProgramView program(PulseStore store, UUID workspaceId, Program p, Instant now) {
		return ProgramView.of(p, store.waves(workspaceId, p.id()), now);
	}
}
