package io.tajriba.customers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The churn job never waits on (and so never deadlocks with) a batch that holds a customer's row. */
@TajribaTest
class ChurnLockTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ChurnRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void aCustomerHeldByABatchIsSkippedAndChurnedOnTheNextRun() throws Exception {
		var tenant = tenants.create("Churn locks");
		UUID workspace = tenant.workspace().id();
		Instant longAgo = clock.instant().minus(Duration.ofDays(400));
		var answer = WebClient.withKey(port, tenant.apiKey()).post("/api/v1/interactions", "application/x-ndjson",
				String.join("\n",
						"{\"id\":\"h1\",\"customer\":\"held\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"" + longAgo + "\"}",
						"{\"id\":\"f1\",\"customer\":\"free\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"" + longAgo + "\"}"));
		assertThat(answer.body()).contains("\"accepted\":2");

		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		// threads of their own: the common pool may have a single one on a small machine
		var threads = Executors.newFixedThreadPool(2);
		var batch = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					select c.id from customers c join customer_identities i
					  on i.workspace_id = c.workspace_id and i.customer_id = c.id
					where c.workspace_id = :workspace and i.value = 'held' for update of c""")
				.param("workspace", workspace).query(UUID.class).list();
			locked.countDown();
			await(done);
		}), threads);
		try {
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			int churned = CompletableFuture.supplyAsync(() -> rules.apply(clock.instant(), workspace), threads)
				.get(10, TimeUnit.SECONDS);
			assertThat(churned).isEqualTo(1);
		}
		finally {
			done.countDown();
			batch.get(10, TimeUnit.SECONDS);
			threads.shutdown();
		}
		assertThat(rules.apply(clock.instant(), workspace)).isEqualTo(1);
		assertThat(rules.apply(clock.instant(), workspace)).isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
