package io.tajriba.personas.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.Heavy;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Persona.RuleCondition;
import io.tajriba.personas.domain.PersonaCondition;
import io.tajriba.personas.domain.RuleText;
import io.tajriba.personas.internal.PersonaService;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personas page: the workspace's personas, a form to add or change one, and suggestions to accept. */
@Controller
class PersonaPages {

	private final Workspaces workspaces;
	private final PersonaService personas;

	PersonaPages(Workspaces workspaces, PersonaService personas) {
		this.workspaces = workspaces;
		this.personas = personas;
	}

	@GetMapping("/personas")
	String list(@RequestParam(required = false) @Nullable UUID edit, Model model) {
		UUID workspace = workspaces.current().workspaceId();
		model.addAttribute("personas", personas.list(workspace));
		model.addAttribute("canWrite", workspaces.current().role().canWrite());
		Persona editing = edit == null ? null : personas.get(workspace, edit);
		model.addAttribute("editing", editing);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", editing == null ? Map.of("priority", "100")
					: Map.of("name", editing.name(), "description", editing.description(),
							"priority", String.valueOf(editing.priority()), "traits", traits(editing.traits()),
							"rule", rule(editing.rule())));
		}
		return "personas/list";
	}

	/** The suggestions panel, loaded on demand: clustering reads every customer. */
	@Heavy
	@GetMapping("/personas/suggestions")
	String suggestions(Model model) {
		model.addAttribute("suggestions", personas.suggestions(workspaces.current().workspaceId()));
		model.addAttribute("canWrite", workspaces.current().role().canWrite());
		return "personas/suggestions :: panel";
	}

	@PostMapping("/personas")
	String save(@RequestParam(required = false) @Nullable UUID id, @RequestParam String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "100") String priority,
			@RequestParam(defaultValue = "") String traits, @RequestParam(defaultValue = "") String rule,
			RedirectAttributes flash) {
		flash.addFlashAttribute("form", Map.of("name", name, "description", description, "priority", priority,
				"traits", traits, "rule", rule));
		Persona persona = new Persona(null, name, description, parseTraits(traits), parsePriority(priority),
				RuleText.parse(rule).stream().map(c -> new RuleCondition(c.field(), c.op(), c.values())).toList(), 0,
				java.time.Instant.EPOCH);
		if (id == null) {
			personas.create(workspaces.current(), persona);
		}
		else {
			personas.update(workspaces.current(), id, persona);
		}
		flash.getFlashAttributes().remove("form");
		flash.addFlashAttribute("saved", true);
		return "redirect:/personas";
	}

	@PostMapping("/personas/{id}/delete")
	String delete(@PathVariable UUID id) {
		personas.delete(workspaces.current(), id);
		return "redirect:/personas";
	}

	@PostMapping("/personas/assign")
	String assign(RedirectAttributes flash) {
		if (!workspaces.current().role().canWrite()) {
			throw new org.springframework.security.access.AccessDeniedException("Viewers cannot assign personas");
		}
		flash.addFlashAttribute("assigned", personas.assign(workspaces.current().workspaceId()));
		return "redirect:/personas";
	}

	@PostMapping("/personas/suggestions/accept")
	String accept(@RequestParam int number, @RequestParam String name,
			@RequestParam(defaultValue = "") String description) {
		personas.accept(workspaces.current(), number, name, description);
		return "redirect:/personas";
	}

	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		return "redirect:/personas";
	}

	static String traits(Map<String, String> traits) {
		StringBuilder text = new StringBuilder();
		traits.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
		return text.toString().strip();
	}

	static String rule(List<RuleCondition> rule) {
		return RuleText.format(rule.stream().map(c -> new PersonaCondition(c.field(), c.op(), c.values())).toList());
	}

	/** Traits as text, one "name: value" a line. */
	static Map<String, String> parseTraits(String text) {
		Map<String, String> traits = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new InvalidFieldException("traits", "each line must read: name: value");
			}
			traits.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		return traits;
	}

	private static int parsePriority(String priority) {
		try {
			return Integer.parseInt(priority.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("priority", "must be a whole number");
		}
	}
}
