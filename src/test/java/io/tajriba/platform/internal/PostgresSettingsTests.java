package io.tajriba.platform.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresSettingsTests {

	private static final long GB = 1024L * 1024 * 1024;

	@Test
	void theBufferCacheIsAnEighthOfTheMemoryWithinItsBounds() {
		assertThat(PostgresSettings.forMachine(8 * GB, "auto").values()).containsEntry("shared_buffers", "1024MB")
			.containsEntry("effective_cache_size", "4096MB").containsEntry("maintenance_work_mem", "256MB");
		assertThat(PostgresSettings.forMachine(64 * GB, "auto").values()).containsEntry("shared_buffers", "2048MB");
		assertThat(PostgresSettings.forMachine(GB / 2, "auto").values()).containsEntry("shared_buffers", "128MB")
			.containsEntry("effective_cache_size", "512MB");
	}

	@Test
	void aNamedSizeWinsAndEveryCommitStillReachesTheDisk() {
		PostgresSettings settings = PostgresSettings.forMachine(8 * GB, "256MB");
		assertThat(settings.values()).containsEntry("shared_buffers", "256MB").containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on").containsEntry("max_wal_size", "2GB");
		assertThat(settings.options()).startsWith(" -c shared_buffers=256MB -c ").contains(" -c checkpoint_timeout=15min");
	}

	@Test
	void furtherSettingsAreAddedOrReplaceAndNothingElseGetsThrough() {
		PostgresSettings settings = PostgresSettings.forMachine(8 * GB, "auto",
				"shared_preload_libraries=pg_stat_statements, work_mem=64MB");
		assertThat(settings.values()).containsEntry("shared_preload_libraries", "pg_stat_statements")
			.containsEntry("work_mem", "64MB");
		assertThatThrownBy(() -> PostgresSettings.forMachine(8 * GB, "auto", "work_mem=1MB -c fsync=off"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tajriba.database.settings");
		assertThatThrownBy(() -> PostgresSettings.forMachine(8 * GB, "auto", "fsync"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
