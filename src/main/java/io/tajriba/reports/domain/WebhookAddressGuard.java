package io.tajriba.reports.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching the server's own network (server-side request forgery): an endpoint's URL must be
 * https (http too when private addresses are allowed, as in tests) and every address its host resolves to must be
 * public: no loopback, unspecified, link-local, private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10),
 * multicast, benchmark or reserved address, nor such an address mapped into IPv6. Checked when an endpoint is
 * saved and again, with a fresh lookup, before every delivery.
 */
public final class WebhookAddressGuard {

	/** Looks a host up; {@link InetAddress#getAllByName} outside tests. */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	private final boolean allowPrivate;
	private final Resolver resolver;

	public WebhookAddressGuard(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	public boolean allowsPrivate() {
		return allowPrivate;
	}

	/** What is wrong with the URL's form (scheme, host), empty when nothing is; no lookup. */
	public Optional<String> formProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return Optional.of("is not a URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
			return Optional.of("must be an https URL");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry a user name or password");
		}
		return Optional.empty();
	}

	/** Why the URL may not be called, empty when it may: its form, then every address its host resolves to now. */
	public Optional<String> problem(String url) {
		Optional<String> form = formProblem(url);
		if (form.isPresent() || allowPrivate) {
			return form;
		}
		String host = URI.create(url).getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException e) {
			return Optional.of("host " + host + " does not resolve");
		}
		if (addresses.length == 0) {
			return Optional.of("host " + host + " does not resolve");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("host " + host + " resolves to the private address " + address.getHostAddress()
						+ ", which webhooks may not reach");
			}
		}
		return Optional.empty();
	}

	/** Whether the address is one on the public internet. */
	public static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			if (isMappedIpv4(b)) {
				byte[] v4 = { b[12], b[13], b[14], b[15] };
				return isPublicIpv4(v4);
			}
			int first = b[0] & 0xff;
			// fc00::/7 unique local, fe80::/10 link-local, fec0::/10 site-local (checked above too), 2001:db8::/32
			if ((first & 0xfe) == 0xfc || first == 0xfe || first == 0xff) {
				return false;
			}
			if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
				return false;
			}
			// 6to4 (2002::/16) carries an IPv4 address in bytes 2-5, NAT64 (64:ff9b::/96) in its last four
			if (first == 0x20 && (b[1] & 0xff) == 0x02) {
				return isPublicIpv4(new byte[] { b[2], b[3], b[4], b[5] });
			}
			if (first == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
				return isPublicIpv4(new byte[] { b[12], b[13], b[14], b[15] });
			}
			boolean zeroPrefix = true;
			for (int i = 0; i < 15; i++) {
				zeroPrefix &= b[i] == 0;
			}
			return !zeroPrefix;
		}
		return address instanceof Inet4Address && isPublicIpv4(b);
	}

	private static boolean isMappedIpv4(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
	}

	private static boolean isPublicIpv4(byte[] b) {
		int a = b[0] & 0xff;
		int c = b[1] & 0xff;
		return !(a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast, reserved
				|| (a == 100 && c >= 64 && c <= 127) // shared address space (carrier-grade NAT)
				|| (a == 169 && c == 254) // link-local
				|| (a == 172 && c >= 16 && c <= 31) // private
				|| (a == 192 && c == 168) // private
				|| (a == 192 && c == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
				|| (a == 198 && (c == 18 || c == 19))); // benchmarking
	}
}
