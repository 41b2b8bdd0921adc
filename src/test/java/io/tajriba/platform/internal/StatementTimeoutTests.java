package io.tajriba.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.tajriba.TajribaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A request's statements stop at the request limit; a job's run on under their own, longer one. */
@TajribaTest
class StatementTimeoutTests {

	@Autowired
	DataSource dataSource;

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theApplicationsConnectionsCarryTheRequestOrTheJobLimit() throws SQLException {
		assertThat(dataSource).isInstanceOf(TimedDataSource.class);
		assertThat(timeout(dataSource)).isEqualTo("30min");
		inARequest();
		assertThat(timeout(dataSource)).isEqualTo("30s");
		RequestContextHolder.resetRequestAttributes();
		assertThat(timeout(dataSource)).isEqualTo("30min");
	}

	@Test
	void aRequestsSlowQueryIsCancelledAndKnownAsATimeout() throws SQLException {
		var pool = dataSource.unwrap(HikariDataSource.class);
		var timed = new TimedDataSource(pool, Duration.ofMillis(200), Duration.ofSeconds(5));
		inARequest();
		SQLException cancelled;
		try (Connection connection = timed.getConnection(); Statement statement = connection.createStatement()) {
			cancelled = catchThrowableOfType(SQLException.class, () -> statement.execute("select pg_sleep(2)"));
		}
		assertThat((Throwable) cancelled).isNotNull();
		assertThat(cancelled.getSQLState()).isEqualTo("57014");
		assertThat(TimedDataSource.isTimeout(new IllegalStateException(cancelled))).isTrue();
		assertThat(TimedDataSource.isTimeout(new IllegalStateException("other"))).isFalse();
		RequestContextHolder.resetRequestAttributes();
		try (Connection connection = timed.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(statement.execute("select pg_sleep(0.3)")).isTrue();
		}
	}

	private static void inARequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	private static String timeout(DataSource source) throws SQLException {
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show statement_timeout")) {
			rs.next();
			return rs.getString(1);
		}
	}
}
