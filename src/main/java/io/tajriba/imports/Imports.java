package io.tajriba.imports;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.imports.internal.ImportService;
import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;

/** Starting bulk imports and following them. */
@Service
public class Imports {

	private final ImportService service;

	Imports(ImportService service) {
		this.service = service;
	}

	/**
	 * Stores the file, queues its import and answers at once; the import runs in the background. A file over the
	 * limit, or one the disk has no room for, is refused as soon as that is known, and nothing of it is kept.
	 */
	public ImportStatus start(Access access, ImportKind kind, ImportFormat format, String fileName, InputStream file,
			long declaredLength) {
		return service.start(access, kind, format, fileName, file, declaredLength);
	}

	public Optional<ImportStatus> status(UUID workspaceId, UUID id) {
		return service.status(workspaceId, id);
	}

	public List<ImportStatus> recent(UUID workspaceId) {
		return service.recent(workspaceId);
	}
}
