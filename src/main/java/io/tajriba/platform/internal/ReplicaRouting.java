package io.tajriba.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Sends the statements of read-only transactions ({@code @Transactional(readOnly = true)}, as the dashboards'
 * reads are) to a read replica and everything else to the primary. The connection is taken at the first
 * statement, when the transaction's read-only flag is known. A replica lags a little behind the primary, so only
 * reads that may show a figure a moment old are marked so.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private final HikariDataSource replica;

	private ReplicaRouting(DataSource primary, HikariDataSource replica, DataSource replicaTarget) {
		super(primary);
		this.replica = replica;
		setReadOnlyDataSource(replicaTarget);
	}

	/** Routes to this replica pool, its connections given the same statement timeouts as the primary's. */
	static ReplicaRouting of(DataSource primary, HikariDataSource replica, DataSource replicaTimed) {
		ReplicaRouting routing = new ReplicaRouting(primary, replica, replicaTimed);
		routing.afterPropertiesSet();
		return routing;
	}

	/**
	 * A pool of read-only connections to the replica, as large as the primary's and with its driver properties
	 * ({@code spring.datasource.hikari.data-source-properties}) when the primary is a pool too.
	 */
	static HikariDataSource pool(String url, String user, String password, DataSource primary) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setPoolName("tajriba-replica");
		pool.setReadOnly(true);
		if (primary instanceof HikariDataSource like) {
			pool.setMaximumPoolSize(like.getMaximumPoolSize());
			pool.setDataSourceProperties(like.getDataSourceProperties());
		}
		return pool;
	}

	HikariDataSource replica() {
		return replica;
	}

	@Override
	public void close() {
		replica.close();
	}
}
