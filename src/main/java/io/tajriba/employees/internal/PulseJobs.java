package io.tajriba.employees.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The pulse surveys' jobs, each once in a cluster: every hour the due waves of active programmes open (due when
 * the programme's next wave day has come in the workspace's zone), reminders go, and answers are mixed; every five
 * minutes pending invitation mails go. A workspace that fails gets a dead letter and holds up no other.
 */
@Component
public class PulseJobs {

	static final String OPEN = "pulse-waves";
	static final String MIX = "pulse-mixing";
	static final String KEY = "hourly";

	private final PulseStore store;
	private final PulseWaves waves;
	private final PulseMailer mailer;
	private final PulseMixer mixer;
	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	PulseJobs(PulseStore store, PulseWaves waves, PulseMailer mailer, PulseMixer mixer, Workspaces workspaces,
			DeadLetters deadLetters) {
		this.store = store;
		this.waves = waves;
		this.mailer = mailer;
		this.mixer = mixer;
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	/** Opens the waves due at {@code now}; answers how many workspaces failed. */
	public int openDue(Instant now) {
		// a day ahead in UTC takes every zone's today in
		LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
		return deadLetters.eachWorkspace(store.workspacesDueBy(latest), OPEN, KEY, w -> openDue(w, now));
	}

	/** Opens the workspace's waves due at {@code now}, one per due programme; answers how many opened. */
	public int openDue(UUID workspaceId, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, workspaces.workspace(workspaceId).timeZone());
		var due = store.dueIn(workspaceId, today);
		RuntimeException failure = null;
		int opened = 0;
		for (UUID program : due) {
			// one programme failing leaves the others of the workspace to open; the workspace's dead letter tells
			try {
				waves.open(workspaceId, program, now);
				opened++;
			}
			catch (RuntimeException e) {
				failure = e;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return opened;
	}

	/** Mails the invitations due at {@code now}; answers how many went. */
	public int sendMail(Instant now) {
		return mailer.sendDue(now);
	}

	/** Sends the reminders due at {@code now}; answers how many went. */
	public int remind(Instant now) {
		return mailer.remind(now);
	}

	/** Mixes the answers of every wave answered since its last mix; answers how many workspaces failed. */
	public int mix() {
		return deadLetters.eachWorkspace(mixer.workspacesToMix(), MIX, KEY, mixer::mix);
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> pulseWaveTask(ObjectProvider<PulseJobs> jobs, Clock clock) {
			return Tasks.recurring(OPEN, FixedDelay.ofHours(1)).execute((instance, context) -> {
				Instant now = clock.instant();
				jobs.getObject().openDue(now);
				jobs.getObject().remind(now);
			});
		}

		@Bean
		RecurringTask<Void> pulseMailTask(ObjectProvider<PulseJobs> jobs, Clock clock) {
			return Tasks.recurring("pulse-mail", FixedDelay.of(Duration.ofMinutes(5)))
				.execute((instance, context) -> jobs.getObject().sendMail(clock.instant()));
		}

		@Bean
		RecurringTask<Void> pulseMixingTask(ObjectProvider<PulseJobs> jobs) {
			return Tasks.recurring(MIX, FixedDelay.ofHours(1)).execute((instance, context) -> jobs.getObject().mix());
		}

		@Bean
		DeadLetterHandler pulseWaveLetters(ObjectProvider<PulseJobs> jobs, Clock clock) {
			return DeadLetterHandler.of(OPEN, (workspaceId, key) -> jobs.getObject().openDue(workspaceId,
					clock.instant()));
		}

		@Bean
		DeadLetterHandler pulseMixingLetters(ObjectProvider<PulseMixer> mixer) {
			return DeadLetterHandler.of(MIX, (workspaceId, key) -> mixer.getObject().mix(workspaceId));
		}
	}
}
