package io.tajriba.workspaces.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Workspaces", description = "The workspace a request acts in, and the workspaces of the signed-in user")
@RestController
@RequestMapping("/api/v1")
class WorkspaceApi {

	record WorkspaceView(String id, String name, String defaultLocale, String timeZone, String calendar,
			String role) {

		static WorkspaceView of(Workspace w, String role) {
			return new WorkspaceView(w.id().toString(), w.name(), w.defaultLocale(), w.timeZone().getId(),
					w.calendar().id(), role);
		}
	}

	record WorkspaceRequest(@NotBlank @Size(max = 120) String name, @NotBlank String defaultLocale,
			@NotBlank String timeZone, @NotBlank String calendar) {
	}

	private final Workspaces workspaces;

	WorkspaceApi(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Operation(summary = "The current workspace: the API key's own, or the one the signed-in user switched to")
	@GetMapping("/workspace")
	WorkspaceView current() {
		return WorkspaceView.of(workspaces.currentWorkspace(), workspaces.current().role().id());
	}

	@Operation(summary = "Change name, default language, time zone and calendar (owners and admins)")
	@PatchMapping("/workspace")
	WorkspaceView update(@Valid @RequestBody WorkspaceRequest request) {
		Workspace updated = workspaces.update(request.name(), request.defaultLocale(),
				Workspaces.zone("timeZone", request.timeZone()), CalendarSystem.of("calendar", request.calendar()));
		return WorkspaceView.of(updated, workspaces.current().role().id());
	}

	@Operation(summary = "The workspaces the caller belongs to")
	@GetMapping("/workspaces")
	List<WorkspaceView> mine() {
		return workspaces.mine().stream().map(m -> WorkspaceView.of(m.workspace(), m.role().id())).toList();
	}

	@Operation(summary = "Create a workspace owned by the signed-in user")
	@PostMapping("/workspaces")
	@ResponseStatus(HttpStatus.CREATED)
	WorkspaceView create(@Valid @RequestBody WorkspaceRequest request) {
		var access = workspaces.current();
		if (!access.isUser()) {
			throw new org.springframework.security.access.AccessDeniedException("API keys cannot create workspaces");
		}
		Workspace created = workspaces.create(request.name(), request.defaultLocale(),
				Workspaces.zone("timeZone", request.timeZone()), CalendarSystem.of("calendar", request.calendar()),
				access.userId());
		return WorkspaceView.of(created, "owner");
	}

}
