package io.tajriba.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files wait under {@code tajriba.imports.dir} (by default in the data directory) until their import has
 * run; they are deleted afterwards.
 */
@Component
class ImportFiles {

	private final Path dir;

	ImportFiles(@Value("${tajriba.imports.dir:${tajriba.data-dir}/imports}") Path dir) {
		this.dir = dir.toAbsolutePath();
	}

	Path path(UUID workspaceId, UUID id) {
		return dir.resolve(workspaceId.toString()).resolve(id + ".upload");
	}

	/** Copies a stream to a new file, never holding more than a buffer of it; answers its size. */
	Path receive(InputStream in) {
		try {
			Files.createDirectories(dir);
			Path file = Files.createTempFile(dir, "receiving-", ".upload");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store the uploaded file", e);
		}
	}

	void place(Path received, UUID workspaceId, UUID id) {
		try {
			Path target = path(workspaceId, id);
			Files.createDirectories(target.getParent());
			Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store the uploaded file", e);
		}
	}

	void delete(UUID workspaceId, UUID id) {
		try {
			Files.deleteIfExists(path(workspaceId, id));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void discard(Path received) {
		try {
			Files.deleteIfExists(received);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
