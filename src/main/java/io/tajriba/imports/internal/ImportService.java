package io.tajriba.imports.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.imports.ImportStatus;
import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.imports.internal.ImportStore.Job;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/** Receives a file to disk, records the import and hands it to the runner. */
@Service
public class ImportService {

	private final ImportStore store;
	private final ImportFiles files;
	private final ImportRunner runner;
	private final Clock clock;
	private final long maxSize;

	ImportService(ImportStore store, ImportFiles files, ImportRunner runner, Clock clock,
			@Value("${tajriba.imports.max-file-size:20GB}") DataSize maxSize) {
		this.store = store;
		this.files = files;
		this.runner = runner;
		this.clock = clock;
		this.maxSize = maxSize.toBytes();
	}

	/** Receives the file ({@code declaredLength}: its length if the client said, else -1) and queues its import. */
	public ImportStatus start(Access access, ImportKind kind, ImportFormat format, String fileName, InputStream file,
			long declaredLength) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot import");
		}
		String name = fileName.isBlank() ? "upload." + format.key() : fileName.strip();
		if (name.length() > 255) {
			throw new InvalidFieldException("fileName", "must have at most 255 characters");
		}
		Path received = files.receive(file, maxSize, declaredLength);
		long size = size(received);
		if (size == 0) {
			files.discard(received);
			throw new InvalidFieldException("file", "is empty");
		}
		Instant leaseUntil = runner.leaseEnd();
		UUID id = store.create(access.workspaceId(), kind.key(), format.key(), name, size, access.actor(),
				clock.instant(), runner.node(), leaseUntil);
		files.place(received, access.workspaceId(), id);
		runner.submit(new Job(access.workspaceId(), id, kind.key(), format.key(), 0, leaseUntil));
		return store.find(access.workspaceId(), id).orElseThrow();
	}

	public Optional<ImportStatus> status(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id);
	}

	public List<ImportStatus> recent(UUID workspaceId) {
		return store.recent(workspaceId, 50);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
