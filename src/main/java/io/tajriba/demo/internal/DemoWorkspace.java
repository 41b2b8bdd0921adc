package io.tajriba.demo.internal;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.AccessAdministration.IssuedKey;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Creates the demo workspace on the first start, loads the demo company into it (about 5,000 customers unless
 * {@code tajriba.demo.customers} says otherwise) and reuses it afterwards. Each start sets the admin password and
 * issues a fresh demo API key (revoking the previous one), so that the login and key printed always work;
 * {@code TAJRIBA_DEMO_PASSWORD} and {@code TAJRIBA_DEMO_API_KEY} fix them instead.
 */
@Component
@ConditionalOnBooleanProperty("tajriba.demo.enabled")
class DemoWorkspace implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

	static final String NAME = "Demo Company";
	static final String ADMIN = "admin@demo.tajriba.io";
	static final String KEY_NAME = "demo ingestion";

	private final Workspaces workspaces;
	private final AccessAdministration administration;
	private final ApplicationContext context;
	private final String password;
	private final String apiKey;
	private final DemoData data;
	private final DemoPersonas personas;
	private final DemoTeam team;
	private final DemoLoop loop;
	private final DemoQuality quality;
	private final DemoInitiatives initiatives;
	private final DemoEmployees employees;
	private final DemoSharing sharing;
	private final DemoMaturity maturity;
	private final int customers;
	private final long seed;

	DemoWorkspace(Workspaces workspaces, AccessAdministration administration, ApplicationContext context,
			@Value("${tajriba.demo.password:}") String password, @Value("${tajriba.demo.api-key:}") String apiKey,
			DemoData data, DemoPersonas personas, DemoTeam team, DemoLoop loop, DemoQuality quality,
			DemoInitiatives initiatives, DemoEmployees employees, DemoSharing sharing, DemoMaturity maturity,
			@Value("${tajriba.demo.customers:5000}") int customers,
			@Value("${tajriba.demo.seed:20261123}") long seed) {
		this.workspaces = workspaces;
		this.administration = administration;
		this.context = context;
		this.password = password;
		this.apiKey = apiKey;
		this.data = data;
		this.personas = personas;
		this.team = team;
		this.loop = loop;
		this.quality = quality;
		this.initiatives = initiatives;
		this.employees = employees;
		this.sharing = sharing;
		this.maturity = maturity;
		this.customers = customers;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		String adminPassword = password.isBlank() ? generatedPassword() : password;
		UUID admin = administration.ensureUser(ADMIN, "Demo Admin", adminPassword);
		Workspace workspace = workspaces.findByName(NAME)
			.orElseGet(() -> workspaces.create(NAME, "en", ZoneId.of("Asia/Tehran"), CalendarSystem.GREGORIAN, admin));
		administration.ensureMember(workspace.id(), admin, Role.OWNER);
		if (customers > 0 && data.isEmpty(workspace.id())) {
			long started = System.nanoTime();
			DemoData.Loaded loaded = data.load(workspace.id(), customers, seed);
			personas.define(workspace.id());
			log.info("Demo company loaded: {} customers, {} interactions, {} survey responses, {} rejected rows in {} s",
					loaded.customers(), loaded.interactions(), loaded.responses(), loaded.rejected(),
					(System.nanoTime() - started) / 1_000_000_000);
		}
		var people = team.ensure(workspace.id(), adminPassword);
		if (customers > 0) {
			loop.seed(workspace.id(), people, seed);
			quality.seed(workspace.id(), people, seed);
			initiatives.seed(workspace.id(), people);
			employees.seed(workspace.id(), seed);
			sharing.seed(workspace.id(), admin, people);
			sharing.webhook(workspace.id(), admin);
			maturity.seed(workspace.id(), admin, people);
		}
		IssuedKey key = administration.replaceKey(workspace.id(), KEY_NAME, Role.ANALYST,
				Optional.of(apiKey).filter(value -> !value.isBlank()));
		announce(adminPassword, key.secret());
	}

	private void announce(String adminPassword, String key) {
		int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
				? web.getWebServer().getPort() : 8080;
		String banner = """

				================================================================
				  Tajriba demo is running
				    URL       http://localhost:%d
				    Login     %s
				    Password  %s
				    API key   %s
				  The CX manager (mina@demo.tajriba.io), quality analyst (arash@), team
				  leads (leila@, david@) and agents (sara.ahmadi@, kaveh.jafari@, ...)
				  sign in with the same password; the agents are employees too.
				  API docs    http://localhost:%d/swagger-ui.html
				  Stop with Ctrl-C (the embedded PostgreSQL stops with it)
				================================================================
				""".formatted(port, ADMIN, adminPassword, key, port);
		System.out.println(banner);
	}

	private static String generatedPassword() {
		String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		var random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				out.append('-');
			}
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}
}
