package io.tajriba.demo.internal;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class DemoDataTests {

	@Autowired
	DemoData data;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	long count(String sql, Tenant tenant) {
		return jdbc.sql(sql).param("w", tenant.workspace().id()).query(Long.class).single();
	}

	@Test
	void aSmallDemoCompanyLoadsThroughTheIngestWithoutARejectedRow() {
		Tenant tenant = tenants.create("Demo load");
		assertThat(data.isEmpty(tenant.workspace().id())).isTrue();
		DemoData.Loaded loaded = data.load(tenant.workspace().id(), 150, 42);

		assertThat(loaded.customers()).isEqualTo(150);
		assertThat(loaded.rejected()).isZero();
		assertThat(count("select count(*) from interactions where workspace_id = :w", tenant))
			.isEqualTo(loaded.interactions()).isGreaterThan(1_000);
		assertThat(count("select count(*) from customers where workspace_id = :w", tenant)).isEqualTo(150);
		assertThat(count("select count(*) from rejected_rows where workspace_id = :w", tenant)).isZero();
		assertThat(count("select count(distinct agent) from interactions where workspace_id = :w", tenant))
			.isGreaterThan(10);
		assertThat(count("select count(*) from customers where workspace_id = :w and revenue > 0", tenant))
			.isGreaterThan(100);
		assertThat(data.isEmpty(tenant.workspace().id())).isFalse();

		// the three surveys' answers arrive too, every one of them stored with its scores
		assertThat(count("select count(*) from survey_responses where workspace_id = :w", tenant))
			.isEqualTo(loaded.responses()).isGreaterThan(100);
		assertThat(count("select count(distinct survey_id) from survey_scores where workspace_id = :w", tenant))
			.isEqualTo(3);
		assertThat(count("select count(*) from survey_scores where workspace_id = :w and question_type = 'nps'", tenant))
			.isGreaterThan(30);
	}
}
