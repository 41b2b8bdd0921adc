package io.tajriba.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.workspaces.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports written in the background. A request queues a job; every few seconds, once in a cluster, {@link #run}
 * takes the queued jobs one by one (a job locked by another runner is skipped) and writes each to a file under the
 * data directory ({@code exports/<workspace>/<job>.<format>}), a page at a time, recording the rows written after
 * each page. A job that fails is marked failed with why and holds up no other; one whose runner died (no progress
 * for 10 minutes) is taken again. Jobs and their files are deleted 7 days after they were requested.
 */
@Service
public class ExportJobs {

	static final String TASK = "report-exports";
	static final Duration KEPT = Duration.ofDays(7);
	static final Duration STALE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private final ExportJobStore store;
	private final ExportService exports;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final Path folder;

	ExportJobs(ExportJobStore store, ExportService exports, ObjectMapper mapper, Clock clock,
			@Value("${tajriba.data-dir}") Path dataDir) {
		this.store = store;
		this.exports = exports;
		this.mapper = mapper;
		this.clock = clock;
		this.folder = dataDir.resolve("exports");
	}

	public ExportJob request(Access access, ExportKind kind, ExportFormat format, ExportPeriod period) {
		return store.insert(access.workspaceId(), kind, format, period, access.actor(), clock.instant());
	}

	/** The workspace's job; 404 for an unknown id or another workspace's. */
	public ExportJob get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("export job"));
	}

	public List<ExportJob> list(UUID workspaceId) {
		return store.list(workspaceId, 50);
	}

	/** The file of a job that is done, if it is still there. */
	public Optional<Path> file(ExportJob job) {
		if (!job.done() || job.file() == null) {
			return Optional.empty();
		}
		Path file = folder.resolve(job.file()).normalize();
		return file.startsWith(folder.normalize()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Runs the queued jobs at {@code now} and deletes those of more than 7 days ago; answers how many failed. */
	public int run(Instant now) {
		expire(now);
		int failed = 0;
		for (int taken = 0; taken < 20; taken++) {
			Optional<ExportJob> job = store.claim(now, now.minus(STALE));
			if (job.isEmpty()) {
				break;
			}
			if (!write(job.get())) {
				failed++;
			}
		}
		return failed;
	}

	private boolean write(ExportJob job) {
		String name = job.workspaceId() + "/" + job.id() + "." + job.format().extension();
		Path target = folder.resolve(name);
		Path partial = target.resolveSibling(job.id() + ".partial");
		try {
			Files.createDirectories(target.getParent());
			ExportReader reader = exports.reader(job.kind());
			store.estimate(job, reader.count(job.workspaceId(), job.period()));
			long[] written = { 0 };
			try (OutputStream out = Files.newOutputStream(partial)) {
				ExportSink sink = ExportSink.of(job.format(), reader.header(), out, mapper);
				reader.read(job.workspaceId(), null, null, job.period(), rows -> {
					rows.forEach(sink::write);
					sink.flush();
					written[0] += rows.size();
					store.progress(job, written[0], clock.instant());
				});
				sink.finish();
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			store.done(job, written[0], name, clock.instant());
			return true;
		}
		catch (IOException | RuntimeException e) {
			log.warn("Export job {} of workspace {} failed", job.id(), job.workspaceId(), e);
			delete(partial);
			store.failed(job, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
					clock.instant());
			return false;
		}
	}

	private void expire(Instant now) {
		for (ExportJob job : store.olderThan(now.minus(KEPT))) {
			try {
				if (job.file() != null) {
					delete(folder.resolve(job.file()));
				}
				store.delete(job);
			}
			catch (RuntimeException e) {
				// tried again on the next run; the jobs waiting are run all the same
				log.warn("Expired export job {} of workspace {} could not be deleted", job.id(), job.workspaceId(), e);
			}
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> reportExportsTask(ObjectProvider<ExportJobs> jobs, Clock clock) {
			return Tasks.recurring(TASK, FixedDelay.ofSeconds(10))
				.execute((instance, context) -> jobs.getObject().run(clock.instant()));
		}
	}
}
