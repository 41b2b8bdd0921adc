package io.tajriba;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on a throw-away embedded PostgreSQL, sending mail to GreenMail. Every test class uses the same
 * configuration, so they share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tajriba.database.ephemeral=true", "spring.thymeleaf.cache=false",
			"tajriba.imports.dir=${java.io.tmpdir}/tajriba-test-imports",
			"tajriba.surveys.submissions-per-address=100000", "tajriba.surveys.submissions-per-survey=40",
			// webhooks reach receivers the tests start on this machine; the tests call the dispatcher themselves
			"tajriba.webhooks.allow-private-addresses=true", "tajriba.webhooks.dispatch-every=1h",
			// a connection held this long is logged with the stack that took it: a leak or a stall shows its cause
			"spring.datasource.hikari.leak-detection-threshold=20000" })
@ContextConfiguration(initializers = TestMail.class)
public @interface TajribaTest {
}
