package io.tajriba.web.internal;

import java.util.List;

import io.tajriba.web.domain.ProxyChain;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Reverse proxies whose forwarding headers are believed: by default only the machine itself (a proxy on the same
 * host); {@code tajriba.http.trusted-proxies} lists others (addresses or networks), and an empty value trusts none.
 * {@code tajriba.http.forwarded-headers} says which headers they write: {@code x-forwarded} (the default) or
 * {@code forwarded}; the other family is ignored.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	FilterRegistrationBean<ForwardedRequestFilter> forwardedRequestFilter(
			@Value("${tajriba.http.trusted-proxies:127.0.0.0/8,::1}") List<String> proxies,
			@Value("${tajriba.http.forwarded-headers:x-forwarded}") String headers) {
		var chain = new ProxyChain(proxies, ProxyChain.Headers.of(headers));
		var registration = new FilterRegistrationBean<>(new ForwardedRequestFilter(chain));
		// before the session's cookie and the security headers are decided, which ask whether the request is secure
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
