package io.tajriba.web.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who is at the other end of a request that came through reverse proxies. The proxies' headers are believed only
 * when the peer is one of the trusted proxies, and the client is the nearest address in the chain that is not one
 * of them: anything further left may have been written by the client itself. Only one family of headers is read,
 * the one the proxies write ({@code X-Forwarded-For} and {@code -Proto} unless told {@code Forwarded}): most proxies
 * pass the other family on as the client sent it, so reading it would let a client choose its own address.
 */
public final class ProxyChain {

	/** Which headers the trusted proxies write. */
	public enum Headers {
		X_FORWARDED, FORWARDED;

		public static Headers of(String value) {
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "x-forwarded" -> X_FORWARDED;
				case "forwarded" -> FORWARDED;
				default -> throw new IllegalArgumentException("forwarded headers are x-forwarded or forwarded: " + value);
			};
		}
	}

	/** The client's address and the scheme it used; {@code https} means its connection was encrypted. */
	public record Client(String address, @Nullable String scheme) {
	}

	private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

	private record Network(byte[] prefix, int bits) {

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}

	private final List<Network> trusted;

	private final Headers headers;

	/** Proxies that write the {@code X-Forwarded-} headers. */
	public ProxyChain(List<String> proxies) {
		this(proxies, Headers.X_FORWARDED);
	}

	/** Addresses ({@code 10.0.0.7}, {@code ::1}) or networks ({@code 10.0.0.0/8}, {@code fd00::/8}). */
	public ProxyChain(List<String> proxies, Headers headers) {
		this.headers = headers;
		List<Network> networks = new ArrayList<>();
		for (String proxy : proxies) {
			String text = proxy.strip();
			if (text.isEmpty()) {
				continue;
			}
			int slash = text.indexOf('/');
			byte[] address = parse(slash < 0 ? text : text.substring(0, slash))
				.orElseThrow(() -> new IllegalArgumentException("not an IP address or network: " + proxy));
			int bits = address.length * 8;
			if (slash >= 0) {
				try {
					bits = Integer.parseInt(text.substring(slash + 1));
				}
				catch (NumberFormatException e) {
					bits = -1;
				}
				if (bits < 0 || bits > address.length * 8) {
					throw new IllegalArgumentException("not a network prefix length: " + proxy);
				}
			}
			networks.add(new Network(address, bits));
		}
		this.trusted = List.copyOf(networks);
	}

	public boolean trusts(String address) {
		return parse(address).map(bytes -> trusted.stream().anyMatch(n -> n.contains(bytes))).orElse(false);
	}

	/**
	 * The client behind the peer: its headers are read only when the peer is trusted, and only the family the
	 * proxies write. Empty when the peer speaks for nobody.
	 */
	public Optional<Client> client(String peer, List<String> forwarded, List<String> forwardedFor,
			List<String> forwardedProto) {
		if (!trusts(peer)) {
			return Optional.empty();
		}
		if (headers == Headers.FORWARDED) {
			return forwarded.isEmpty() ? Optional.empty() : fromForwarded(peer, elements(forwarded));
		}
		if (forwardedFor.isEmpty() && forwardedProto.isEmpty()) {
			return Optional.empty();
		}
		List<String> hops = elements(forwardedFor);
		String client = nearestUntrusted(peer, hops);
		List<String> protos = elements(forwardedProto);
		return Optional.of(new Client(client, protos.isEmpty() ? null : scheme(protos.getFirst())));
	}

	private Optional<Client> fromForwarded(String peer, List<String> elements) {
		String client = peer;
		@Nullable String scheme = null;
		for (int i = elements.size() - 1; i >= 0; i--) {
			String address = null;
			String proto = null;
			for (String pair : elements.get(i).split(";")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
					String value = unquote(pair.substring(equals + 1).strip());
					if (name.equals("for")) {
						address = host(value);
					}
					else if (name.equals("proto")) {
						proto = scheme(value);
					}
				}
			}
			if (proto != null) {
				scheme = proto;
			}
			if (address == null || parse(address).isEmpty()) {
				break;
			}
			client = address;
			if (!trusts(address)) {
				break;
			}
		}
		return Optional.of(new Client(client, scheme));
	}

	private String nearestUntrusted(String peer, List<String> hops) {
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String address = host(hops.get(i));
			if (parse(address).isEmpty()) {
				break;
			}
			client = address;
			if (!trusts(address)) {
				break;
			}
		}
		return client;
	}

	private static List<String> elements(List<String> headers) {
		List<String> elements = new ArrayList<>();
		for (String header : headers) {
			for (String element : header.split(",")) {
				if (!element.isBlank()) {
					elements.add(element.strip());
				}
			}
		}
		return elements;
	}

	private static @Nullable String scheme(String value) {
		String scheme = value.strip().toLowerCase(Locale.ROOT);
		return scheme.equals("https") || scheme.equals("http") ? scheme : null;
	}

	private static String unquote(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
				? value.substring(1, value.length() - 1) : value;
	}

	/** The address without its port: {@code [2001:db8::1]:4711} and {@code 192.0.2.1:80} give the bare address. */
	private static String host(String value) {
		if (value.startsWith("[")) {
			int close = value.indexOf(']');
			return close < 0 ? value : value.substring(1, close);
		}
		int colon = value.indexOf(':');
		return colon >= 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
	}

	/** The address's bytes if it is an IP literal; never a name lookup. */
	static Optional<byte[]> parse(String text) {
		if (IPV4.matcher(text).matches()) {
			String[] parts = text.split("\\.");
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(parts[i]);
				if (part > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) part;
			}
			return Optional.of(bytes);
		}
		// with a colon, and nothing but hex digits, colons and dots, the text is an IPv6 literal to the JDK
		if (!text.contains(":") || !text.matches("^[0-9A-Fa-f:.]+$")) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(text).getAddress());
		}
		catch (UnknownHostException e) {
			return Optional.empty();
		}
	}
}
