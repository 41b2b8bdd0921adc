package io.tajriba.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.tajriba.TajribaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a replica URL set, read-only transactions read from the replica and the rest from the primary. The
 * embedded PostgreSQL plays both; the connections say which pool they came from by their application name.
 */
@TajribaTest
class ReplicaRoutingTests {

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void readOnlyTransactionsReadFromTheReplicaAndEverythingElseFromThePrimary() throws Exception {
		String url = postgres.jdbcUrl("postgres");
		MockEnvironment environment = new MockEnvironment()
			.withProperty("tajriba.database.replica-url", url + (url.contains("?") ? "&" : "?") + "ApplicationName=replica")
			.withProperty("tajriba.database.replica-user", "postgres");
		try (HikariDataSource primary = new HikariDataSource()) {
			primary.setJdbcUrl(url);
			primary.setUsername("postgres");
			primary.setMaximumPoolSize(2);
			primary.addDataSourceProperty("ApplicationName", "primary");
			Object routed = StatementTimeoutConfiguration.statementTimeouts(environment)
				.postProcessAfterInitialization(primary, "dataSource");
			assertThat(routed).isInstanceOf(ReplicaRouting.class);
			try (ReplicaRouting routing = (ReplicaRouting) routed) {
				// the replica's pool is as large as the primary's
				assertThat(routing.replica().getMaximumPoolSize())
					.isEqualTo(2);
				JdbcClient jdbc = JdbcClient.create(routing);
				TransactionTemplate write = new TransactionTemplate(new DataSourceTransactionManager(routing));
				TransactionTemplate read = new TransactionTemplate(new DataSourceTransactionManager(routing));
				read.setReadOnly(true);

				String readFrom = read.execute(s -> name(jdbc));
				String writtenTo = write.execute(s -> name(jdbc));
				assertThat(readFrom).isEqualTo("replica");
				assertThat(writtenTo).isEqualTo("primary");
				assertThat(name(jdbc)).isEqualTo("primary");
				// the replica's connections keep the statement timeouts of the primary's
				String timeout = read.execute(s -> jdbc.sql("show statement_timeout").query(String.class).single());
				assertThat(timeout).isEqualTo("30min");
				// and nothing is written through them
				assertThatThrownBy(() -> read.executeWithoutResult(
						s -> jdbc.sql("create temporary table replica_write (x int)").update()))
					.hasMessageContaining("read-only");
			}
		}
	}

	@Test
	void withoutAReplicaEveryConnectionIsThePrimarys() {
		Object timed = StatementTimeoutConfiguration.statementTimeouts(new MockEnvironment())
			.postProcessAfterInitialization(new HikariDataSource(), "dataSource");
		assertThat(timed).isInstanceOf(TimedDataSource.class).isInstanceOf(DataSource.class);
	}

	private static String name(JdbcClient jdbc) {
		return jdbc.sql("select current_setting('application_name')").query(String.class).single();
	}
}
