package io.tajriba;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;

/** Creates workspaces with an owner and an API key, each with unique names, for tests. */
@Component
public class TestWorkspaces {

	public record Tenant(Workspace workspace, UUID ownerId, String ownerEmail, String password, UUID keyId,
			String apiKey) {
	}

	public static final String PASSWORD = "correct horse battery";

	private final Workspaces workspaces;
	private final AccessAdministration administration;

	TestWorkspaces(Workspaces workspaces, AccessAdministration administration) {
		this.workspaces = workspaces;
		this.administration = administration;
	}

	public Tenant create(String name) {
		return create(name, "en", CalendarSystem.GREGORIAN);
	}

	public Tenant create(String name, String locale, CalendarSystem calendar) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "owner-" + unique + "@example.com";
		UUID owner = administration.ensureUser(email, "Owner " + name, PASSWORD);
		Workspace workspace = workspaces.create(name + " " + unique, locale, ZoneId.of("Asia/Tehran"), calendar, owner);
		var key = administration.replaceKey(workspace.id(), "test key", Role.ANALYST, Optional.empty());
		return new Tenant(workspace, owner, email, PASSWORD, key.id(), key.secret());
	}

	public void addMember(Tenant tenant, UUID userId, Role role) {
		administration.ensureMember(tenant.workspace().id(), userId, role);
	}
}
