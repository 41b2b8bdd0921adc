package io.tajriba.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import io.tajriba.imports.internal.ImportFiles.UploadRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An upload is cut off at its limit or when the disk runs short, and leaves no partial file behind. */
class ImportFilesTests {

	@TempDir
	Path dir;

	@Test
	void anEndlessUploadStopsAtTheLimitAndLeavesNothing() throws IOException {
		ImportFiles files = new ImportFiles(dir, DataSize.ofBytes(0));
		Endless endless = new Endless(Long.MAX_VALUE);

		assertThatThrownBy(() -> files.receive(endless, 1_000_000, -1)).isInstanceOfSatisfying(UploadRefused.class,
				e -> assertThat(e.getStatusCode().value()).isEqualTo(413));
		assertThat(endless.read).isLessThan(1_100_000);
		assertThat(entries()).isEmpty();
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws IOException {
		ImportFiles files = new ImportFiles(dir, DataSize.ofBytes(0));
		Endless endless = new Endless(Long.MAX_VALUE);

		assertThatThrownBy(() -> files.receive(endless, 1_000, 5_000)).isInstanceOf(UploadRefused.class);
		assertThat(endless.read).isZero();
		assertThat(entries()).isEmpty();
	}

	@Test
	void aDiskThatWouldKeepLessThanTheReserveFreeTakesNothing() throws IOException {
		ImportFiles files = new ImportFiles(dir, DataSize.ofTerabytes(1_000_000));

		assertThatThrownBy(() -> files.receive(new Endless(10), 1_000, -1)).isInstanceOfSatisfying(UploadRefused.class,
				e -> assertThat(e.getStatusCode().value()).isEqualTo(507));
		assertThat(entries()).isEmpty();
	}

	@Test
	void aConnectionLostHalfwayLeavesNoPartialFile() throws IOException {
		ImportFiles files = new ImportFiles(dir, DataSize.ofBytes(0));
		InputStream broken = new Endless(200_000) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n < 0) {
					throw new IOException("Connection reset");
				}
				return n;
			}
		};

		assertThatThrownBy(() -> files.receive(broken, 1_000_000, -1)).isInstanceOf(UncheckedIOException.class);
		assertThat(entries()).isEmpty();
	}

	@Test
	void partialFilesLeftByACrashAreDeletedOnceIdle() throws IOException {
		ImportFiles files = new ImportFiles(dir, DataSize.ofBytes(0));
		Instant now = Instant.parse("2026-03-21T10:00:00Z");
		Path old = Files.writeString(dir.resolve("receiving-1.upload"), "id,type");
		Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(2))));
		Path live = Files.writeString(dir.resolve("receiving-2.upload"), "id,type");
		Files.setLastModifiedTime(live, FileTime.from(now.minusSeconds(5)));

		assertThat(files.sweepPartial(now, Duration.ofHours(1))).isEqualTo(1);
		assertThat(entries()).containsExactly("receiving-2.upload");
	}

	private java.util.List<String> entries() throws IOException {
		try (var list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).toList();
		}
	}

	/** A body of {@code size} bytes, counting what was read of it. */
	private static class Endless extends InputStream {

		private final long size;
		long read;

		Endless(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			return read < size ? (int) (read++ & 0x3f) + 'A' : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (read >= size) {
				return -1;
			}
			int n = (int) Math.min(length, size - read);
			Arrays.fill(buffer, offset, offset + n, (byte) 'x');
			read += n;
			return n;
		}
	}
}
