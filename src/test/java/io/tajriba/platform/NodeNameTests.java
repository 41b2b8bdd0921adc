package io.tajriba.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeNameTests {

	@Test
	void aConfiguredNameWinsAndOtherwiseTheProcessIsPartOfIt() {
		assertThat(NodeName.of(" node-a ")).isEqualTo("node-a");
		assertThat(NodeName.of("")).endsWith("-" + ProcessHandle.current().pid()).hasSizeGreaterThan(2);
	}
}
