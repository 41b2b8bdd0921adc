package io.tajriba.platform;

import java.util.List;

/** The answer to a batch: how many rows were stored, how many were already there, and which were rejected. */
public record IngestReport(int accepted, int duplicates, List<Rejected> rejected) {

	/** A rejected row: where it is in the batch, which field is at fault and why. */
	public record Rejected(int line, String field, String message) {
	}

	public static List<Rejected> of(List<RejectedRows.Rejection> rejections) {
		return rejections.stream().map(r -> new Rejected(r.line(), r.field(), r.message())).toList();
	}
}
