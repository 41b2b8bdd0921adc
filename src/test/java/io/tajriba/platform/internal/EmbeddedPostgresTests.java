package io.tajriba.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data across restarts, as {@code ./tajriba demo} promises. */
class EmbeddedPostgresTests {

	@Test
	void asecondStartFindsTheDataOfTheFirst() throws Exception {
		Path cluster = Files.createTempDirectory("tajriba-pg-restart-").resolve("postgres");
		try (var first = EmbeddedPostgres.start(cluster)) {
			sql(first, "create table kept (value text); insert into kept values ('still here')");
		}
		assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
		try (var second = EmbeddedPostgres.start(cluster)) {
			try (var connection = DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "");
					var rs = connection.createStatement().executeQuery("select value from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("still here");
			}
		}
		org.springframework.util.FileSystemUtils.deleteRecursively(cluster.getParent());
	}

	private static void sql(EmbeddedPostgres postgres, String statements) throws Exception {
		try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute(statements);
		}
	}
}
