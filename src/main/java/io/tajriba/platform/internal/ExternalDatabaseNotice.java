package io.tajriba.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Says at start-up which external PostgreSQL Tajriba uses, so that nobody mistakes it for the embedded one. */
@Component
@ConditionalOnExpression("!'${spring.datasource.url:}'.isBlank()")
class ExternalDatabaseNotice {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseNotice.class);

	ExternalDatabaseNotice(@Value("${spring.datasource.url}") String url) {
		log.info("Using the external PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
	}
}
