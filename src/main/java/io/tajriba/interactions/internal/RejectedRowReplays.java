package io.tajriba.interactions.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.RejectedRow;
import io.tajriba.platform.Replayer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a corrected rejected row through the module that ingests its source; the row is marked replayed in the
 * same transaction, so it is either stored and marked, or neither.
 */
@Service
public class RejectedRowReplays {

	private final RejectedRows rejectedRows;
	private final Map<String, Replayer> replayers;
	private final Clock clock;

	RejectedRowReplays(RejectedRows rejectedRows, List<Replayer> replayers, Clock clock) {
		this.rejectedRows = rejectedRows;
		this.replayers = replayers.stream().collect(Collectors.toMap(Replayer::source, Function.identity()));
		this.clock = clock;
	}

	/** Throws {@link io.tajriba.platform.InvalidFieldException} naming the field when the row is still wrong. */
	@Transactional
	public void replay(UUID workspaceId, UUID id, String corrected) {
		RejectedRow row = rejectedRows.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Rejected row"));
		Replayer replayer = replayers.get(row.source());
		if (replayer == null) {
			throw new NotFoundException("Replayer for " + row.source());
		}
		replayer.replay(workspaceId, corrected);
		rejectedRows.markReplayed(workspaceId, id, clock.instant());
	}
}
