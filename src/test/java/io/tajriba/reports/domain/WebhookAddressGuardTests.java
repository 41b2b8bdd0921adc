package io.tajriba.reports.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookAddressGuardTests {

	/** A fake DNS: a few names, literal addresses as themselves, the rest unknown. */
	static InetAddress[] resolve(String host) throws UnknownHostException {
		Map<String, String> names = Map.of("hooks.example.com", "93.184.216.34", "rebind.example.com", "10.1.2.3",
				"internal.example.com", "fd12:3456::1", "metadata.example.com", "169.254.169.254");
		String address = names.get(host);
		if (address == null && !host.matches("[0-9a-fA-F:.]+")) {
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByName(address == null ? host : address) };
	}

	final WebhookAddressGuard guard = new WebhookAddressGuard(false, WebhookAddressGuardTests::resolve);

	@Test
	void privateLoopbackLinkLocalAndSharedAddressesAreRefused() {
		for (String url : new String[] { "https://127.0.0.1/h", "https://10.0.0.8/h", "https://172.16.4.4/h",
				"https://172.31.255.1/h", "https://192.168.1.1/h", "https://100.64.0.1/h", "https://100.127.1.1/h",
				"https://0.0.0.0/h", "https://169.254.169.254/latest", "https://[::1]/h", "https://[fe80::1]/h",
				"https://[fc00::1]/h", "https://[fd00::5]/h", "https://[::ffff:10.0.0.1]/h", "https://[::]/h",
				"https://[2002:7f00:1::1]/h", "https://[2002:a00:8::]/h", "https://[64:ff9b::7f00:1]/h",
				"https://[64:ff9b::a9fe:a9fe]/h",
				"https://224.0.0.1/h", "https://rebind.example.com/h", "https://internal.example.com/h",
				"https://metadata.example.com/h" }) {
			assertThat(guard.problem(url)).as(url).hasValueSatisfying(p -> assertThat(p).contains("private address"));
		}
	}

	@Test
	void publicHostsPassAndUnknownOnesAreRefused() {
		assertThat(guard.problem("https://hooks.example.com/receive")).isEmpty();
		assertThat(guard.problem("https://8.8.8.8/h")).isEmpty();
		assertThat(guard.problem("https://172.32.0.1/h")).isEmpty();
		assertThat(guard.problem("https://100.128.0.1/h")).isEmpty();
		assertThat(guard.problem("https://[2606:4700::1111]/h")).isEmpty();
		assertThat(guard.problem("https://[2002:808:808::1]/h")).as("6to4 of a public address").isEmpty();
		assertThat(guard.problem("https://[64:ff9b::808:808]/h")).as("NAT64 of a public address").isEmpty();
		assertThat(guard.problem("https://nowhere.invalid/h")).hasValueSatisfying(p -> assertThat(p).contains("resolve"));
	}

	@Test
	void onlyHttpsUnlessPrivateAddressesAreAllowed() {
		assertThat(guard.problem("http://hooks.example.com/h")).contains("must be an https URL");
		assertThat(guard.problem("ftp://hooks.example.com/h")).contains("must be an https URL");
		assertThat(guard.problem("not a url")).isPresent();
		assertThat(guard.problem("https://user:pw@hooks.example.com/h")).isPresent();
		WebhookAddressGuard open = new WebhookAddressGuard(true, WebhookAddressGuardTests::resolve);
		assertThat(open.problem("http://127.0.0.1:8080/h")).isEmpty();
		assertThat(open.problem("ftp://127.0.0.1/h")).isPresent();
	}
}
