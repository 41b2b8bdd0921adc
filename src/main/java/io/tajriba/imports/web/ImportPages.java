package io.tajriba.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.tajriba.imports.ImportStatus;
import io.tajriba.imports.Imports;
import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page: upload a file, then watch its progress bar until the final report. */
@Controller
class ImportPages {

	private final Workspaces workspaces;
	private final Imports imports;

	ImportPages(Workspaces workspaces, Imports imports) {
		this.workspaces = workspaces;
		this.imports = imports;
	}

	@GetMapping("/imports")
	String list(Model model) {
		model.addAttribute("imports", imports.recent(workspaces.current().workspaceId()));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("canWrite", workspaces.current().role().canWrite());
		return "imports/list";
	}

	@PostMapping("/imports")
	String start(@RequestParam String kind, @RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidFieldException("file", "is empty");
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		ImportFormat format = ImportFormat.guess(name, file.getContentType());
		if (format == null) {
			throw new InvalidFieldException("file", "must be a .csv, .tsv, .ndjson or .jsonl file");
		}
		try (InputStream in = file.getInputStream()) {
			ImportStatus status = imports.start(workspaces.current(), ImportKind.of("kind", kind), format, name, in,
					file.getSize());
			return "redirect:/imports/" + status.id();
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "imports/show";
	}

	/** The progress panel alone, polled by the page until the import has finished. */
	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "imports/show :: progress";
	}

	private ImportStatus find(UUID id) {
		return imports.status(workspaces.current().workspaceId(), id).orElseThrow(() -> new NotFoundException("Import"));
	}

	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		return "redirect:/imports";
	}
}
