package io.tajriba.text.internal;

import io.tajriba.platform.DeadLetterHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retrying the text analysis's dead letters: a held text ({@code text}, keyed {@code kind/field/sourceId}) is
 * analysed at once; a workspace's unreadable settings ({@code text-settings}) are read again, and once they read
 * the job takes the workspace's texts on its next run.
 */
@Configuration(proxyBeanMethods = false)
class TextDeadLetters {

	static final String TEXT = "text";
	static final String SETTINGS = "text-settings";

	@Bean
	DeadLetterHandler heldTexts(ObjectProvider<TextBatches> batches) {
		return DeadLetterHandler.of(TEXT, (workspaceId, key) -> batches.getObject().retry(workspaceId, TextBatches.Key.of(key)));
	}

	@Bean
	DeadLetterHandler textSettings(ObjectProvider<TextBatches> batches) {
		return DeadLetterHandler.of(SETTINGS, (workspaceId, key) -> batches.getObject().settings().read(workspaceId));
	}
}
