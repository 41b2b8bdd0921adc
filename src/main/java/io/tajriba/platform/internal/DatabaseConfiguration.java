package io.tajriba.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * With no {@code TAJRIBA_DB_URL}, Tajriba starts its own PostgreSQL with the data in {@code TAJRIBA_DATA_DIR}.
 * That is for trying Tajriba and for the tests; production points {@code TAJRIBA_DB_URL} at PostgreSQL 15+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${tajriba.data-dir}") Path dataDir,
			@Value("${tajriba.database.ephemeral:false}") boolean ephemeral,
			@Value("${tajriba.database.shared-buffers:auto}") String sharedBuffers,
			@Value("${tajriba.database.settings:}") String settings) throws IOException {
		Path cluster;
		if (ephemeral) {
			Path scratch = Files.createTempDirectory("tajriba-pg-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(scratch)));
			cluster = scratch.resolve("postgres");
		}
		else {
			cluster = dataDir.resolve("postgres");
		}
		log.warn("Using the EMBEDDED PostgreSQL (data in {}): fine for trying Tajriba, not for production; "
				+ "set TAJRIBA_DB_URL to use your own PostgreSQL", cluster.toAbsolutePath().normalize());
		return EmbeddedPostgres.start(cluster, sharedBuffers, settings);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl("postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("tajriba");
		return dataSource;
	}

	private static void deleteQuietly(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
