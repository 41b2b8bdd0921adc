package io.tajriba.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this Tajriba node among those sharing one database: {@code tajriba.node-name}, or else the host's
 * name and the process id, so that two nodes on one host (or two containers with one host name) differ. The job
 * scheduler records it beside each job it runs, and the imports beside each lease.
 */
public final class NodeName {

	private NodeName() {
	}

	public static String of(String configured) {
		if (!configured.isBlank()) {
			return configured.strip();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "node";
		}
		return host + "-" + ProcessHandle.current().pid();
	}
}
