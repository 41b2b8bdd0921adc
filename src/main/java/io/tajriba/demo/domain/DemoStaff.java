package io.tajriba.demo.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo company's 122 employees in fourteen teams of five departments. The twenty support agents of the demo
 * data work in the two care teams and the two store teams (five each, the agent key being their name); the night
 * shift, the returns desk and the people team are smaller than the anonymity threshold, so their pulse figures stay
 * hidden, and with them (complementary suppression) a small sibling: the escalations desk, store logistics, finance. Names are drawn from lists of the four languages' usual names, the same every time.
 */
public final class DemoStaff {

	/** A team: its name, department, size, location, the journey stages it serves and the agents among its people. */
	public record Team(String name, String department, int size, String location, List<String> stages,
			List<String> agents) {
	}

	/** An employee as the directory receives them. */
	public record Person(String id, String name, String email, String team, String department, String location,
			String language, String agent) {
	}

	public static final String FALLING = "Care north";

	public static final List<Team> TEAMS = List.of(
			new Team(FALLING, "Customer care", 12, "Tehran", List.of("use"),
					List.of("Sara Ahmadi", "Omid Rahimi", "James Carter", "Kaveh Jafari", "Maryam Karimi")),
			new Team("Care south", "Customer care", 12, "Tehran", List.of("use"),
					List.of("Yusuf Al-Amin", "Tamar Cohen", "Emily Brooks", "Reza Moradi", "Fatima Zahra")),
			new Team("Night shift", "Customer care", 4, "Tehran", List.of("use"), List.of()),
			new Team("Escalations", "Customer care", 6, "Tehran", List.of("use"), List.of()),
			new Team("Stores Tehran", "Stores", 12, "Tehran", List.of("action"),
					List.of("Layla Haddad", "Noa Levi", "Avi Mizrahi", "Hannah Wright", "Nour Khalil")),
			new Team("Stores Shiraz", "Stores", 12, "Shiraz", List.of("action"),
					List.of("Yael Shapiro", "Daniel Green", "Parisa Tehrani", "Karim Mansour", "Michal Friedman")),
			new Team("Returns desk", "Stores", 3, "Shiraz", List.of("use"), List.of()),
			new Team("Store logistics", "Stores", 6, "Shiraz", List.of("action"), List.of()),
			new Team("Web and app", "Digital", 12, "Tehran", List.of("consideration", "action"), List.of()),
			new Team("Data and CRM", "Digital", 10, "Tehran", List.of("advocacy"), List.of()),
			new Team("Warehouse", "Operations", 12, "Karaj", List.of("use"), List.of()),
			new Team("Delivery", "Operations", 12, "Karaj", List.of("use"), List.of()),
			new Team("People", "People and finance", 4, "Tehran", List.of(), List.of()),
			new Team("Finance", "People and finance", 5, "Tehran", List.of(), List.of()));

	private static final List<String> FIRST_FA = List.of("Ali", "Zahra", "Hossein", "Narges", "Mehdi", "Shirin",
			"Babak", "Ladan", "Farhad", "Roya", "Navid", "Mahsa", "Peyman", "Azadeh", "Siavash", "Nazanin");
	private static final List<String> FIRST_AR = List.of("Ahmad", "Layla", "Khalid", "Huda", "Samir", "Rania",
			"Tariq", "Salma");
	private static final List<String> FIRST_HE = List.of("Yossi", "Noga", "Eitan", "Shira", "Amit", "Liat");
	private static final List<String> FIRST_EN = List.of("Oliver", "Grace", "Thomas", "Chloe", "Jack", "Amelia",
			"Harry", "Lucy");
	private static final List<String> LAST = List.of("Rezaei", "Hosseini", "Saberi", "Nasser", "Barak", "Moore",
			"Ghorbani", "Farahani", "Haddad", "Peretz", "Evans", "Sadeghi", "Azizi", "Salem", "Katz", "Hughes", "Kazemi",
			"Amini", "Yousef", "Dahan", "Turner", "Najafi", "Rahmani", "Jaber");

	private DemoStaff() {
	}

	public static List<Person> people() {
		List<Person> people = new ArrayList<>();
		java.util.Set<String> emails = new java.util.HashSet<>();
		int n = 0;
		for (Team team : TEAMS) {
			for (int i = 0; i < team.size(); i++) {
				n++;
				String agent = i < team.agents().size() ? team.agents().get(i) : null;
				String language = language(n);
				String name = agent != null ? agent : name(n, language);
				String local = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("-", "");
				String email = (emails.add(local) ? local : local + "." + n) + "@staff.demo.tajriba.io";
				people.add(new Person("E%03d".formatted(n), name, email, team.name(), team.department(),
						team.location(), agent != null ? languageOf(agent) : language, agent));
			}
		}
		return people;
	}

	/** Half of the staff read Persian, the rest English, Arabic or Hebrew. */
	private static String language(int n) {
		return switch (n % 8) {
			case 0, 2, 4, 6 -> "fa";
			case 1, 5 -> "en";
			case 3 -> "ar";
			default -> "he";
		};
	}

	private static String languageOf(String agent) {
		return switch (agent) {
			case "Layla Haddad", "Yusuf Al-Amin", "Fatima Zahra", "Nour Khalil", "Karim Mansour" -> "ar";
			case "Noa Levi", "Tamar Cohen", "Avi Mizrahi", "Yael Shapiro", "Michal Friedman" -> "he";
			case "James Carter", "Emily Brooks", "Hannah Wright", "Daniel Green" -> "en";
			default -> "fa";
		};
	}

	private static String name(int n, String language) {
		List<String> first = switch (language) {
			case "fa" -> FIRST_FA;
			case "ar" -> FIRST_AR;
			case "he" -> FIRST_HE;
			default -> FIRST_EN;
		};
		return first.get(n % first.size()) + " " + LAST.get((n * 7) % LAST.size());
	}
}
