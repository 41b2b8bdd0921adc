package io.tajriba.workspaces.internal;

import io.tajriba.workspaces.Workspaces;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the route table in front of every controller, pages and API alike. */
@Configuration(proxyBeanMethods = false)
class RolePolicyConfiguration implements WebMvcConfigurer {

	private final Workspaces workspaces;

	RolePolicyConfiguration(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RolePolicyInterceptor(RouteTable.load(), workspaces));
	}
}
