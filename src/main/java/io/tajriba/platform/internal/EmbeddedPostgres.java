package io.tajriba.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the bundled binaries, with its data in a directory of ours. PostgreSQL refuses to
 * run as root, so when Tajriba itself runs as root the server runs as the unprivileged user {@code nobody}.
 */
final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
	private static final String NOBODY = "65534";

	private final Path binaries;
	private final Path dataDir;
	private final Path logFile;
	private final boolean asNobody;
	private final int port;
	private final PostgresSettings settings;

	private EmbeddedPostgres(Path binaries, Path dataDir, int port, PostgresSettings settings) {
		this.binaries = binaries;
		this.settings = settings;
		this.dataDir = dataDir;
		this.logFile = dataDir.resolveSibling("postgres.log");
		this.asNobody = runningAsRoot();
		this.port = port;
	}

	/** Starts a server on a free loopback port, creating the cluster in {@code dataDir} on first use. */
	static EmbeddedPostgres start(Path dataDir) {
		return start(dataDir, "auto");
	}

	/**
	 * As {@link #start(Path)}, with the size of PostgreSQL's buffer cache, such as {@code 256MB}, or {@code auto} for
	 * an eighth of the machine's memory.
	 */
	static EmbeddedPostgres start(Path dataDir, String sharedBuffers) {
		return start(dataDir, sharedBuffers, "");
	}

	/** As {@link #start(Path, String)}, with further settings as {@code name=value,name=value}. */
	static EmbeddedPostgres start(Path dataDir, String sharedBuffers, String more) {
		PostgresSettings settings = PostgresSettings.forMachine(machineMemory(), sharedBuffers, more);
		var server = new EmbeddedPostgres(PostgresBinaries.unpacked(), dataDir.toAbsolutePath().normalize(), freePort(),
				settings);
		server.initIfNeeded();
		server.stopLeftover();
		server.run(List.of(server.bin("pg_ctl"), "-D", server.dataDir.toString(), "-l", server.logFile.toString(),
				"-o", server.options(), "-w", "-t", "60", "start"));
		log.info("Embedded PostgreSQL started on port {} with data in {}", server.port, server.dataDir);
		return server;
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	@Override
	public void close() {
		// Ctrl-C in a terminal reaches PostgreSQL too, which then shuts down by itself
		if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
			log.info("Embedded PostgreSQL already stopped");
			return;
		}
		try {
			run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IllegalStateException e) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
		}
	}

	private void initIfNeeded() {
		if (Files.exists(dataDir.resolve("PG_VERSION"))) {
			return;
		}
		try {
			Files.createDirectories(dataDir);
			if (asNobody) {
				run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dataDir.getParent().toString()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the database directory " + dataDir, e);
		}
		log.info("Creating the embedded PostgreSQL cluster in {}", dataDir);
		run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", dataDir.toString(), "-E", "UTF-8",
				"--no-locale"));
	}

	/** A server left running by a process that was killed holds the directory: stop it before starting ours. */
	private void stopLeftover() {
		if (Files.exists(dataDir.resolve("postmaster.pid"))) {
			log.warn("Found postmaster.pid in {}; stopping a server left over from an earlier run", dataDir);
			try {
				run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
			}
			catch (IllegalStateException notRunning) {
				log.info("No server was running; PostgreSQL will clear the stale lock file itself");
			}
		}
	}

	private String options() {
		return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=100"
				+ settings.options();
	}

	/** The memory of the machine (or of the container, where the JVM sees its limit). */
	private static long machineMemory() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize();
	}

	private String bin(String name) {
		return binaries.resolve("bin").resolve(name).toString();
	}

	private void run(List<String> command) {
		List<String> full = new ArrayList<>();
		if (asNobody && !command.getFirst().equals("chown")) {
			full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("PostgreSQL command failed: " + String.join(" ", command) + "\n"
						+ output + hint());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
		}
	}

	private String hint() {
		String tail = "";
		try {
			if (Files.exists(logFile)) {
				List<String> lines = Files.readAllLines(logFile);
				tail = "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
			}
		}
		catch (IOException ignored) {
			// the log is only a hint
		}
		return tail + (asNobody ? "\nTajriba runs as root, so PostgreSQL runs as 'nobody', who must be able to reach "
				+ dataDir + "; choose another TAJRIBA_DATA_DIR (e.g. under /var/lib or /srv) otherwise." : "");
	}

	private static boolean runningAsRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("No free port for PostgreSQL", e);
		}
	}
}
