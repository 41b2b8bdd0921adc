package io.tajriba.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tajriba.platform.IngestReport.Rejected;
import org.jspecify.annotations.Nullable;

/**
 * A bulk import as it goes: bytes and rows read, rows accepted, duplicates and rejected, and the first rejected
 * rows with their line and field (all of them are in the rejected rows store).
 */
public record ImportStatus(UUID id, String kind, String format, String fileName, long sizeBytes, long bytesDone,
		long rowsDone, long accepted, long duplicates, long rejected, List<Rejected> firstRejections, String status,
		@Nullable String error, String createdBy, Instant createdAt, @Nullable Instant finishedAt) {

	/** Share of the file read, 0 to 100. */
	@JsonProperty("percent")
	public int percent() {
		if (status.equals("done")) {
			return 100;
		}
		return sizeBytes == 0 ? 0 : (int) Math.min(100, bytesDone * 100 / sizeBytes);
	}

	public boolean finished() {
		return status.equals("done") || status.equals("failed");
	}
}
