package io.tajriba.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.LoopSetup;
import io.tajriba.actions.Teams;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.MaturitySetup;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo company's principles, deputies and goals: its touchpoints placed at the journey's stages; four principles
 * in four languages linked to the scorecards' criteria and to the stages they are lived at; a deputy for every stage owner and owners for all themes but two;
 * goals of each horizon with targets set from where each figure stands (a short-term CSAT goal a little above it, a
 * medium-term goal to keep CSAT where it is, NPS and eNPS goals that ask for more, a long-term NPS goal).
 */
@Component
class DemoGovernance {

	private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

	private record Statement(Map<String, String> text, List<String> criteria, List<String> stages) {
	}

	static final List<Statement> PRINCIPLES = List.of(
			new Statement(Map.of("en", "We solve it the first time", "fa", "مشکل را همان بار اول حل می‌کنیم",
					"ar", "نحلّ المشكلة من المرة الأولى", "he", "אנחנו פותרים את זה כבר בפעם הראשונה"),
					List.of("solve", "understand"), List.of("use")),
			new Statement(Map.of("en", "We never make the customer repeat themselves",
					"fa", "هرگز مشتری را وادار به تکرار حرفش نمی‌کنیم", "ar", "لا نجعل العميل يكرّر كلامه أبدًا",
					"he", "לעולם לא נגרום ללקוח לחזור על עצמו"),
					List.of("verify", "personal", "understand"), List.of("use")),
			new Statement(Map.of("en", "We are honest and exact about what we sell",
					"fa", "دربارهٔ آنچه می‌فروشیم صادق و دقیقیم", "ar", "نحن صادقون ودقيقون في ما نبيعه",
					"he", "אנחנו כנים ומדויקים לגבי מה שאנחנו מוכרים"),
					List.of("accuracy", "article"), List.of("action")),
			new Statement(Map.of("en", "Every customer is treated with warmth and respect",
					"fa", "با هر مشتری گرم و محترمانه رفتار می‌کنیم", "ar", "نعامل كل عميل بدفء واحترام",
					"he", "אנחנו מתייחסים לכל לקוח בחום ובכבוד"),
					List.of("empathy", "tone", "greet"), List.of("use", "advocacy")));

	private final MaturitySetup setup;
	private final LoopSetup loop;
	private final Teams teams;
	private final JourneyStages stages;
	private final TextAnalytics text;

	DemoGovernance(MaturitySetup setup, LoopSetup loop, Teams teams, JourneyStages stages, TextAnalytics text) {
		this.setup = setup;
		this.loop = loop;
		this.teams = teams;
		this.stages = stages;
		this.text = text;
	}

	/** Where the demo's touchpoints sit on the journey, so that each stage has its customers' figures. */
	static final Map<String, List<String>> TOUCHPOINTS = Map.of(
			"discovery", List.of("search", "campaign post", "newsletter"),
			"interest", List.of("product page", "home", "pre-sales chat", "product share"),
			"action", List.of("cart", "checkout", "branch Dubai Mall", "branch London Oxford St", "branch Shiraz-1",
					"branch Tehran-3", "branch Tel Aviv Center"),
			"use", List.of("support chat", "support mailbox", "IVR billing", "IVR orders"),
			"advocacy", List.of("reviews"));

	void seed(UUID workspaceId, Map<String, UUID> people) {
		stages.placeTouchpoints(new Access(workspaceId, Role.OWNER, "demo", null, null), TOUCHPOINTS);
		Set<String> keys = stages.of(workspaceId, null, "en").orElse(List.of()).stream().map(JourneyStages.Stage::key)
			.collect(Collectors.toSet());
		for (Statement p : PRINCIPLES) {
			setup.principle(workspaceId, p.text(), p.criteria(), p.stages().stream().filter(keys::contains).toList());
		}
		deputies(workspaceId, people);
		int goals = goals(workspaceId, keys.contains("use") ? "use" : null);
		log.info("Demo governance: {} principles, {} goals, deputies for the stages, owners for the themes",
				PRINCIPLES.size(), goals);
	}

	private void deputies(UUID workspaceId, Map<String, UUID> people) {
		Access owner = new Access(workspaceId, Role.OWNER, "demo", null, null);
		List<UUID> turns = List.of(people.get(DemoTeam.MANAGER.email()), people.get(DemoTeam.CARE_LEAD.email()),
				people.get(DemoTeam.STORES_LEAD.email()));
		Teams.Owners current = teams.owners(workspaceId);
		Map<String, UUID> deputies = new HashMap<>();
		current.stages().forEach((stage, user) -> deputies.put(stage, next(turns, user)));
		loop.owners(owner, "stages", current.stages(), deputies);
		List<String> themes = text.themes(workspaceId);
		Map<String, UUID> themeOwners = new LinkedHashMap<>();
		Map<String, UUID> themeDeputies = new LinkedHashMap<>();
		for (int i = 0; i < themes.size() - 2; i++) {
			UUID user = turns.get(i % turns.size());
			themeOwners.put(themes.get(i), user);
			if (i % 2 == 0) {
				themeDeputies.put(themes.get(i), next(turns, user));
			}
		}
		loop.owners(owner, "themes", themeOwners, themeDeputies);
	}

	/** The next person in turn after this one (the first when they are not in the turns). */
	private static UUID next(List<UUID> turns, UUID user) {
		return turns.get((turns.indexOf(user) + 1) % turns.size());
	}

	/** Goals of each horizon whose targets stand a little or a lot above where the figure is; how many. */
	private int goals(UUID workspaceId, @Nullable String support) {
		List<Runnable> made = new ArrayList<>();
		// the use stage's CSAT, or everyone's when nobody answered there
		String stage = support != null && setup.figureNow(workspaceId, "csat", support) != null ? support : null;
		Double csat = setup.figureNow(workspaceId, "csat", stage);
		if (csat != null) {
			made.add(() -> setup.goal(workspaceId, stage == null ? "CSAT this quarter" : "Support CSAT this quarter",
					"csat", stage, Math.min(100, Math.round(csat + 2)), 21, 70));
		}
		// a goal to hold what was won: CSAT of all customers kept three points below where it stands
		Double all = setup.figureNow(workspaceId, "csat", null);
		if (all != null) {
			made.add(() -> setup.goal(workspaceId, "Keep CSAT where it is", "csat", null,
					Math.max(0, Math.round(all - 3)), 60, 200));
		}
		Double nps = setup.figureNow(workspaceId, "nps", null);
		if (nps != null) {
			made.add(() -> setup.goal(workspaceId, "NPS up ten points by next autumn", "nps", null,
					Math.min(100, Math.round(nps + 10)), 45, 300));
		}
		Double enps = setup.figureNow(workspaceId, "enps", null);
		if (enps != null) {
			made.add(() -> setup.goal(workspaceId, "eNPS of the care teams", "enps", null,
					Math.min(100, Math.round(enps + 15)), 30, 150));
		}
		// long-term: NPS twenty points up in two years (churn is marked by its nightly rule after the demo is loaded,
		// so a churn goal set now would start from a figure that is still being filled in)
		if (nps != null) {
			made.add(() -> setup.goal(workspaceId, "NPS twenty points up in two years", "nps", null,
					Math.min(100, Math.round(nps + 20)), 14, 700));
		}
		made.forEach(Runnable::run);
		return made.size();
	}
}
