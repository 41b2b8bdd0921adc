package io.tajriba.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded PostgreSQL's settings for the machine it runs on. The buffer cache takes an eighth of the memory
 * (at least 128 MB, at most 2 GB, unless {@code tajriba.database.shared-buffers} names a size); the write-ahead log
 * may grow to 2 GB between checkpoints, at most every 15 minutes, so that a large import writes full pages to the
 * log less often; every commit is still flushed to disk before it is answered.
 */
record PostgresSettings(Map<String, String> values) {

	private static final long MB = 1024L * 1024;

	static PostgresSettings forMachine(long memoryBytes, String sharedBuffers) {
		return forMachine(memoryBytes, sharedBuffers, "");
	}

	/**
	 * As {@link #forMachine(long, String)}, with further settings ({@code tajriba.database.settings}, such as
	 * {@code shared_preload_libraries=pg_stat_statements,track_io_timing=on}) added or replacing those above.
	 */
	static PostgresSettings forMachine(long memoryBytes, String sharedBuffers, String more) {
		if (!sharedBuffers.equals("auto") && !sharedBuffers.matches("[1-9][0-9]{0,5}(kB|MB|GB)")) {
			throw new IllegalArgumentException("tajriba.database.shared-buffers must be auto or a size such as 256MB");
		}
		long memoryMb = Math.max(memoryBytes / MB, 512);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("shared_buffers", sharedBuffers.equals("auto") ? clamp(memoryMb / 8, 128, 2048) + "MB" : sharedBuffers);
		values.put("effective_cache_size", clamp(memoryMb / 2, 512, 16384) + "MB");
		values.put("maintenance_work_mem", clamp(memoryMb / 32, 64, 512) + "MB");
		values.put("work_mem", "16MB");
		values.put("wal_buffers", "16MB");
		values.put("max_wal_size", "2GB");
		values.put("min_wal_size", "256MB");
		values.put("checkpoint_timeout", "15min");
		values.put("checkpoint_completion_target", "0.9");
		values.put("fsync", "on");
		values.put("synchronous_commit", "on");
		values.put("autovacuum_naptime", "10s");
		for (String setting : more.split(",")) {
			if (setting.isBlank()) {
				continue;
			}
			String[] pair = setting.strip().split("=", 2);
			if (pair.length != 2 || !pair[0].matches("[a-z_.]+") || !pair[1].matches("[A-Za-z0-9_.:-]+")) {
				throw new IllegalArgumentException(
						"tajriba.database.settings must be name=value pairs separated by commas, not " + setting.strip());
			}
			values.put(pair[0], pair[1]);
		}
		return new PostgresSettings(values);
	}

	/** As {@code -c name=value} options of {@code postgres}. */
	String options() {
		StringBuilder options = new StringBuilder();
		values.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
		return options.toString();
	}

	private static long clamp(long value, long min, long max) {
		return Math.min(Math.max(value, min), max);
	}
}
