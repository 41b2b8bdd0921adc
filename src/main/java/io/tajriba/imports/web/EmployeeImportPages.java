package io.tajriba.imports.web;

import java.io.IOException;
import java.io.InputStream;

import io.tajriba.imports.ImportStatus;
import io.tajriba.imports.Imports;
import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload form of the employee directory's page: the file is imported as any import of kind employees is, and
 * the browser is taken to the import's page, which follows it to its report. It lives here, beside the other
 * imports, because the imports module records employee rows through the employees module, not the other way.
 */
@Controller
class EmployeeImportPages {

	private final Workspaces workspaces;
	private final Imports imports;

	EmployeeImportPages(Workspaces workspaces, Imports imports) {
		this.workspaces = workspaces;
		this.imports = imports;
	}

	@PostMapping("/employees/import")
	String start(@RequestParam(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidFieldException("file", "is empty");
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		ImportFormat format = ImportFormat.guess(name, file.getContentType());
		if (format == null) {
			throw new InvalidFieldException("file", "must be a .csv, .tsv, .ndjson or .jsonl file");
		}
		try (InputStream in = file.getInputStream()) {
			ImportStatus status = imports.start(workspaces.current(), ImportKind.EMPLOYEES, format, name, in,
					file.getSize());
			return "redirect:/imports/" + status.id();
		}
	}

	@ExceptionHandler(InvalidFieldException.class)
	String invalid(InvalidFieldException e, RedirectAttributes flash) {
		flash.addFlashAttribute("errorField", e.field());
		flash.addFlashAttribute("errorMessage", e.getMessage());
		return "redirect:/employees";
	}
}
