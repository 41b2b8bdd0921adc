package io.tajriba.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * Uploaded files wait under {@code tajriba.imports.dir} (by default in the data directory) until their import has
 * run; they are deleted afterwards.
 */
@Component
class ImportFiles {

	/** Checked again after every this many bytes received. */
	private static final long SPACE_CHECK_EVERY = 64L << 20;

	private final Path dir;
	private final long reserve;

	ImportFiles(@Value("${tajriba.imports.dir:${tajriba.data-dir}/imports}") Path dir,
			@Value("${tajriba.imports.min-free-space:1GB}") DataSize reserve) {
		this.dir = dir.toAbsolutePath();
		this.reserve = reserve.toBytes();
	}

	Path path(UUID workspaceId, UUID id) {
		return dir.resolve(workspaceId.toString()).resolve(id + ".upload");
	}

	/**
	 * Copies a stream to a new file, never holding more than a buffer of it, and stops as soon as it is larger
	 * than {@code limit} or the disk (which may also hold the database) would keep less than the reserve free; the
	 * partial file is deleted then, and on any other failure.
	 */
	Path receive(InputStream in, long limit, long declaredLength) {
		Path file = null;
		try {
			Files.createDirectories(dir);
			FileStore disk = Files.getFileStore(dir);
			if (declaredLength > limit) {
				throw new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
			}
			checkSpace(disk, Math.max(0, declaredLength));
			file = Files.createTempFile(dir, "receiving-", ".upload");
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[1 << 16];
				long total = 0;
				long nextCheck = SPACE_CHECK_EVERY;
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > limit) {
						throw new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
					}
					if (total >= nextCheck) {
						checkSpace(disk, 0);
						nextCheck += SPACE_CHECK_EVERY;
					}
					out.write(buffer, 0, n);
				}
			}
			return file;
		}
		catch (IOException | RuntimeException e) {
			if (file != null) {
				discard(file);
			}
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException("Could not store the uploaded file", (IOException) e);
		}
	}

	private void checkSpace(FileStore disk, long needed) throws IOException {
		if (disk.getUsableSpace() - needed < reserve) {
			throw new UploadRefused(HttpStatus.INSUFFICIENT_STORAGE, "The server's disk is too full to take this "
					+ "file; it keeps " + reserve + " bytes free for the database");
		}
	}

	private static String tooLarge(long limit) {
		return "The file is larger than the limit of " + limit + " bytes";
	}

	/** An upload refused for its size or for the disk's: answered with its status, the partial file gone. */
	static final class UploadRefused extends ErrorResponseException {

		UploadRefused(HttpStatus status, String detail) {
			super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
			getBody().setProperty("field", "file");
		}

		@Override
		public String getMessage() {
			return getBody().getDetail();
		}
	}

	/**
	 * Deletes the partial files of uploads cut off by a crash: those not written to for {@code idle} (an upload in
	 * progress, on this node or another one sharing the directory, writes all the time). Answers how many.
	 */
	int sweepPartial(Instant now, Duration idle) {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int swept = 0;
		try (var partial = Files.newDirectoryStream(dir, "receiving-*.upload")) {
			for (Path file : partial) {
				if (Files.getLastModifiedTime(file).toInstant().plus(idle).isBefore(now)) {
					swept += Files.deleteIfExists(file) ? 1 : 0;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return swept;
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
