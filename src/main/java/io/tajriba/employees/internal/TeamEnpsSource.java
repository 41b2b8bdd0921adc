package io.tajriba.employees.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The teams whose eNPS of the days from to (both included) may be shown: those the anonymity rules release. A team
 * left out is hidden, and nothing of its answers may be told.
 */
public interface TeamEnpsSource {

	List<TeamEnps> released(UUID workspaceId, LocalDate from, LocalDate to);
}
