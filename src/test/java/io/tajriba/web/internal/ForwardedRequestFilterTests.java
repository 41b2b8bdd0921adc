package io.tajriba.web.internal;

import java.util.List;

import io.tajriba.web.domain.ProxyChain;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedRequestFilterTests {

	final ForwardedRequestFilter filter = new ForwardedRequestFilter(new ProxyChain(List.of("10.0.0.0/8")));

	HttpServletRequest seen(MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

	@Test
	void aTrustedProxyNamesTheClientAndItsScheme() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/s/widget/k");
		request.setRemoteAddr("10.0.0.2");
		request.setServerName("feedback.example");
		request.setServerPort(80);
		request.addHeader("X-Forwarded-For", "6.6.6.6, 198.51.100.4");
		request.addHeader("X-Forwarded-Proto", "https");
		HttpServletRequest seen = seen(request);
		// what rate limits count, per respondent rather than one bucket for the proxy
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.4");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.getServerPort()).isEqualTo(443);
		assertThat(seen.getRequestURL()).hasToString("https://feedback.example/s/widget/k");
	}

	@Test
	void anyoneElsesHeadersAreIgnored() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/s/widget/k");
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("X-Forwarded-For", "198.51.100.4");
		request.addHeader("X-Forwarded-Proto", "https");
		HttpServletRequest seen = seen(request);
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isFalse();
	}
}
