package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An initiative: what it is, who owns it, the insight it came from and where on the journey it acts, its
 * registered measurement, the reasons the controls were suggested (when they were), and once finished its measured
 * result as it stood then.
 */
public record Initiative(UUID id, String title, String description, @Nullable UUID owner, Status status,
		@Nullable Insight insight, @Nullable String stage, @Nullable String touchpoint, Measurement measurement,
		List<ControlReason> controlReasons, @Nullable Instant launchedAt, @Nullable Instant finishedAt,
		@Nullable JsonNode result, String createdBy, Instant createdAt, Instant updatedAt) {

	public enum Status {
		DRAFT, RUNNING, FINISHED, CANCELLED;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** The insight an initiative or action was started from: its kind, a reference to it, its label then. */
	public record Insight(String kind, String ref, @Nullable String label) {
	}

	/** Why a control unit was suggested: its baseline level and weekly trend beside the treated units'. */
	public record ControlReason(String unit, double level, double trend, long n, double treatedLevel,
			double treatedTrend) {
	}

	public Initiative {
		controlReasons = List.copyOf(controlReasons);
	}

	/** The same initiative as it now is. */
	Initiative with(String title, String description, @Nullable UUID owner, Status status, Measurement measurement,
			List<ControlReason> reasons, Instant at) {
		return new Initiative(id, title, description, owner, status, insight, stage, touchpoint, measurement, reasons,
				launchedAt, finishedAt, result, createdBy, createdAt, at);
	}
}
