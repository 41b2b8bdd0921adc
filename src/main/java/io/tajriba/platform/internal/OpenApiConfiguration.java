package io.tajriba.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title page of the API documentation at {@code /swagger-ui.html}, and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tajribaApi() {
		return new OpenAPI()
			.info(new Info().title("Tajriba API")
				.version("v1")
				.description("Customer experience management: record interactions and feedback, read the results. "
						+ "Authenticate with a workspace API key as 'Authorization: Bearer tjr_...'. "
						+ "Errors are RFC 9457 problem details naming the field at fault.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Workspace API key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}
}
