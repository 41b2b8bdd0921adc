package io.tajriba.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Component;

/**
 * The people of the demo company's closed loop and quality work: a CX manager, a quality analyst who reviews the
 * agents' work, two team leads and six support agents who carry the names the agents have in the demo data. They
 * sign in with the demo admin's password.
 */
@Component
class DemoTeam {

	/** A demo user: e-mail, name, role. */
	record Person(String email, String name, Role role) {
	}

	static final Person MANAGER = new Person("mina@demo.tajriba.io", "Mina Rostami (CX manager)", Role.ADMIN);
	static final Person QUALITY = new Person("arash@demo.tajriba.io", "Arash Kamali (quality analyst)", Role.ANALYST);
	static final Person CARE_LEAD = new Person("leila@demo.tajriba.io", "Leila Navabi (care team lead)", Role.AGENT);
	static final Person STORES_LEAD = new Person("david@demo.tajriba.io", "David Stone (stores team lead)", Role.AGENT);
	/** Agents of the care team, by the names the demo data gives them. */
	static final List<String> CARE = List.of("Sara Ahmadi", "Omid Rahimi", "James Carter", "Kaveh Jafari");
	static final List<String> STORES = List.of("Layla Haddad", "Noa Levi");
	/** The agents in the data whom each team answers for. */
	static final List<String> CARE_AGENTS = List.of("Sara Ahmadi", "Omid Rahimi", "James Carter", "Kaveh Jafari",
			"Maryam Karimi", "Yusuf Al-Amin", "Tamar Cohen", "Emily Brooks", "Reza Moradi", "Fatima Zahra");
	static final List<String> STORES_AGENTS = List.of("Layla Haddad", "Noa Levi", "Avi Mizrahi", "Hannah Wright",
			"Nour Khalil", "Yael Shapiro", "Daniel Green", "Parisa Tehrani", "Karim Mansour", "Michal Friedman");

	private final AccessAdministration administration;

	DemoTeam(AccessAdministration administration) {
		this.administration = administration;
	}

	/** Makes sure every demo user exists with this password and belongs to the workspace; their ids by e-mail. */
	Map<String, UUID> ensure(UUID workspaceId, String password) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		for (Person p : people()) {
			UUID id = administration.ensureUser(p.email(), p.name(), password);
			administration.ensureMember(workspaceId, id, p.role());
			ids.put(p.email(), id);
		}
		return ids;
	}

	static List<Person> people() {
		List<Person> people = new java.util.ArrayList<>(List.of(MANAGER, QUALITY, CARE_LEAD, STORES_LEAD));
		java.util.stream.Stream.concat(CARE.stream(), STORES.stream())
			.forEach(name -> people.add(new Person(email(name), name, Role.AGENT)));
		return people;
	}

	static String email(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("-", "") + "@demo.tajriba.io";
	}
}
