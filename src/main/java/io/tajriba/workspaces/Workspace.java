package io.tajriba.workspaces;

import java.time.ZoneId;
import java.util.UUID;

/** A tenant: all data of Tajriba belongs to exactly one workspace. */
public record Workspace(UUID id, String name, String defaultLocale, ZoneId timeZone, CalendarSystem calendar) {
}
