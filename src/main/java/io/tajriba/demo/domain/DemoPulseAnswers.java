package io.tajriba.demo.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How the demo company's employees answer its monthly pulse: about seven in ten answer each wave; most teams are
 * content (eNPS around +20), the operations teams less (about 0), the digital ones more (about +40), and the care
 * north team — whose agents include the two who leave customers unhappy most often — loses heart over the six
 * months: its eNPS falls from about +40 to about −50 as its tools fail it, which its "I have what I need to solve
 * customers' problems" answers show.
 * Items on a 1–5 agreement scale follow the person's mood; one answer in four has a comment in their language.
 */
public final class DemoPulseAnswers {

	/** One answer: the eNPS, the items asked, an optional comment. */
	public record Answer(int enps, Map<String, Integer> items, String comment) {
	}

	private DemoPulseAnswers() {
	}

	/**
	 * The answer of this person to wave {@code wave} (0 the oldest of {@code waves}), asking {@code items}; none if
	 * they do not answer.
	 */
	public static Optional<Answer> of(DemoStaff.Person person, int wave, int waves, List<String> items,
			RandomGenerator random) {
		if (random.nextDouble() > 0.72) {
			return Optional.empty();
		}
		double mood = mood(person.team(), wave, waves) + random.nextGaussian() * 1.6;
		int enps = (int) Math.max(0, Math.min(10, Math.round(mood)));
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (String item : items) {
			if (item.equals("enps") || item.equals("comment")) {
				continue;
			}
			double lift = item.equals("enable_tools") && person.team().equals(DemoStaff.FALLING)
					? -1.6 * wave / Math.max(1, waves - 1) : 0;
			double score = 3.1 + 0.45 * (mood - 7.5) + lift + random.nextGaussian() * 0.6;
			answers.put(item, (int) Math.max(1, Math.min(5, Math.round(score))));
		}
		String comment = random.nextDouble() < 0.25 ? comment(person.language(), enps, random) : null;
		return Optional.of(new Answer(enps, answers, comment));
	}

	/** A team's mean eNPS answer at a wave. */
	static double mood(String team, int wave, int waves) {
		double progress = (double) wave / Math.max(1, waves - 1);
		return switch (team) {
			case DemoStaff.FALLING -> 8.6 - 2.4 * progress;
			case "Warehouse", "Delivery" -> 7.4;
			case "Web and app", "Data and CRM" -> 8.4;
			default -> 8.0;
		};
	}

	private static final Map<String, List<String>> GOOD = Map.of(
			"en", List.of("I like how we help each other on busy days.",
					"The new training on returns made my work much easier."),
			"fa", List.of("همکارانم در روزهای شلوغ واقعاً به هم کمک می‌کنند.",
					"آموزش جدید درباره‌ی مرجوعی‌ها کارم را خیلی راحت‌تر کرد."),
			"ar", List.of("زملائي يساعدون بعضهم في الأيام المزدحمة.", "التدريب الجديد على المرتجعات سهّل عملي كثيراً."),
			"he", List.of("אני אוהב איך שאנחנו עוזרים אחד לשני בימים עמוסים.", "ההדרכה החדשה על החזרות הקלה עליי מאוד."));

	private static final Map<String, List<String>> BAD = Map.of(
			"en", List.of("The billing system is so slow that customers wait while I search for their order.",
					"We never hear what happens to the problems we report."),
			"fa", List.of("سیستم صورتحساب آن‌قدر کند است که مشتری پشت خط منتظر می‌ماند.",
					"هیچ‌وقت نمی‌فهمیم مشکلاتی که گزارش می‌دهیم چه می‌شود."),
			"ar", List.of("نظام الفواتير بطيء جداً والعميل ينتظر على الخط.", "لا نعرف أبداً ماذا يحدث للمشاكل التي نبلغ عنها."),
			"he", List.of("מערכת החיובים כל כך איטית שהלקוח מחכה על הקו.", "אנחנו אף פעם לא שומעים מה קורה עם הבעיות שאנחנו מדווחים."));

	private static String comment(String language, int enps, RandomGenerator random) {
		List<String> pool = (enps <= 6 ? BAD : GOOD).getOrDefault(language, (enps <= 6 ? BAD : GOOD).get("en"));
		return pool.get(random.nextInt(pool.size()));
	}
}
