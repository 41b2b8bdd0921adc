package io.tajriba.web.internal;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LayoutInterceptor layout;

	private final BulkheadInterceptor bulkhead;

	WebConfiguration(LayoutInterceptor layout, Workspaces workspaces, Bulkhead bulkhead) {
		this.layout = layout;
		this.bulkhead = new BulkheadInterceptor(bulkhead, workspaces);
	}

	@Bean
	LocaleResolver localeResolver(Workspaces workspaces, AccessAdministration administration) {
		return new TajribaLocaleResolver(workspaces, administration);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**");
		// not the error page: a request turned away by the bulkhead must not wait for it again on its way out
		registry.addInterceptor(bulkhead).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/error");
		registry.addInterceptor(layout).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
	}
}
