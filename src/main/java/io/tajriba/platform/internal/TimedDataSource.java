package io.tajriba.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Hands out connections whose {@code statement_timeout} fits who asks: an HTTP request or a background job. The
 * setting is sent only when a pooled connection changes hands between the two.
 */
final class TimedDataSource extends DelegatingDataSource {

	private final long requestMillis;

	private final long jobMillis;

	/** The timeout last set on each physical connection, forgotten with the connection. */
	private final Map<Object, Long> applied = Collections.synchronizedMap(new WeakHashMap<>());

	TimedDataSource(DataSource target, Duration request, Duration job) {
		super(target);
		this.requestMillis = request.toMillis();
		this.jobMillis = job.toMillis();
	}

	@Override
	public Connection getConnection() throws SQLException {
		return timed(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return timed(super.getConnection(username, password));
	}

	/** Whether an error is a statement cancelled by its timeout (PostgreSQL's {@code query_canceled}). */
	static boolean isTimeout(Throwable error) {
		for (Throwable e = error; e != null; e = e.getCause()) {
			if (e instanceof QueryTimeoutException || e instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The timeout a connection taken now gets. */
	long wanted() {
		return RequestContextHolder.getRequestAttributes() != null ? requestMillis : jobMillis;
	}

	private Connection timed(Connection connection) throws SQLException {
		long wanted = wanted();
		Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
				: connection;
		Long current = applied.get(physical);
		if (current != null && current == wanted) {
			return connection;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET statement_timeout = " + wanted);
		}
		catch (SQLException e) {
			connection.close();
			throw e;
		}
		if (connection.getAutoCommit()) {
			// outside a transaction the setting stays with the session; inside one a rollback could undo it
			applied.put(physical, wanted);
		}
		return connection;
	}
}
