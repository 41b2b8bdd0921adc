package io.tajriba.web.domain;

import java.util.List;

import io.tajriba.web.domain.ProxyChain.Client;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProxyChainTests {

	final ProxyChain chain = new ProxyChain(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

	@Test
	void addressesAndNetworksAreTrusted() {
		assertThat(chain.trusts("10.200.3.4")).isTrue();
		assertThat(chain.trusts("11.0.0.1")).isFalse();
		assertThat(chain.trusts("192.168.1.7")).isTrue();
		assertThat(chain.trusts("192.168.1.8")).isFalse();
		assertThat(chain.trusts("fd12:3456::1")).isTrue();
		assertThat(chain.trusts("2001:db8::1")).isFalse();
		assertThat(chain.trusts("localhost")).isFalse();
		assertThat(chain.trusts("300.1.1.1")).isFalse();
		assertThat(new ProxyChain(List.of("")).trusts("127.0.0.1")).isFalse();
	}

	@Test
	void badProxiesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProxyChain(List.of("proxy.example")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ProxyChain(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ProxyChain(List.of("10.0.0.0/x")));
	}

	@Test
	void anUntrustedPeerSpeaksForItself() {
		assertThat(chain.client("203.0.113.9", List.of(), List.of("1.2.3.4"), List.of("https"))).isEmpty();
		assertThat(chain.client("203.0.113.9", List.of("for=1.2.3.4;proto=https"), List.of(), List.of())).isEmpty();
	}

	@Test
	void theClientIsTheNearestUntrustedAddress() {
		// what the client wrote itself (6.6.6.6) is left of what our proxies saw
		assertThat(chain.client("10.0.0.2", List.of(), List.of("6.6.6.6, 198.51.100.4, 10.1.1.1"), List.of("https")))
			.contains(new Client("198.51.100.4", "https"));
		assertThat(chain.client("10.0.0.2", List.of(), List.of("198.51.100.4"), List.of()))
			.contains(new Client("198.51.100.4", null));
		// only proxies in the chain: the furthest one is all we know
		assertThat(chain.client("10.0.0.2", List.of(), List.of("10.0.0.9"), List.of("http")))
			.contains(new Client("10.0.0.9", "http"));
		// garbage stops the walk at the last address we could read
		assertThat(chain.client("10.0.0.2", List.of(), List.of("<script>, 10.0.0.3"), List.of("gopher")))
			.contains(new Client("10.0.0.3", null));
		assertThat(chain.client("10.0.0.2", List.of(), List.of(), List.of())).isEmpty();
	}

	@Test
	void aClientsOwnForwardedHeaderIsIgnoredWhenTheProxiesWriteTheXForwardedOnes() {
		// nginx appends to X-Forwarded-For and passes the client's Forwarded on: the address it claims is not believed
		assertThat(chain.client("10.0.0.2", List.of("for=203.0.113.9;proto=https"), List.of("198.51.100.4"),
				List.of("http")))
			.contains(new Client("198.51.100.4", "http"));
		assertThat(chain.client("10.0.0.2", List.of("for=203.0.113.9;proto=https"), List.of(), List.of())).isEmpty();
		assertThat(ProxyChain.Headers.of("Forwarded")).isEqualTo(ProxyChain.Headers.FORWARDED);
	}

	@Test
	void theForwardedHeaderIsReadLikewise() {
		ProxyChain chain = new ProxyChain(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"), ProxyChain.Headers.FORWARDED);
		assertThat(chain.client("10.0.0.2",
				List.of("for=6.6.6.6;proto=http, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.1",
						"for=10.3.3.3"),
				List.of("5.5.5.5"), List.of()))
			.contains(new Client("2001:db8:cafe::17", "https"));
		assertThat(chain.client("10.0.0.2", List.of("for=198.51.100.4:1234"), List.of(), List.of()))
			.contains(new Client("198.51.100.4", null));
		assertThat(chain.client("10.0.0.2", List.of("for=unknown;proto=https"), List.of(), List.of()))
			.contains(new Client("10.0.0.2", "https"));
	}
}
