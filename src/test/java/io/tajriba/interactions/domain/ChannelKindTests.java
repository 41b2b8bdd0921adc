package io.tajriba.interactions.domain;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelKindTests {

	@Test
	void theChannelsOnlineUntilNowStartOnlineAndTheRestOffline() {
		for (String key : new String[] { "web", "app", "email", "chat", "social", "sms", "mobile" }) {
			assertThat(ChannelKind.byDefault(key)).as(key).isEqualTo(ChannelKind.ONLINE);
		}
		for (String key : new String[] { "store", "call_center", "post", "webinar" }) {
			assertThat(ChannelKind.byDefault(key)).as(key).isEqualTo(ChannelKind.OFFLINE);
		}
		assertThat(ChannelKind.onlineByDefault()).hasSize(7).contains("sms");
	}

	@Test
	void onlyOnlineAndOfflineAreKinds() {
		assertThat(ChannelKind.parse("kind", "online")).isEqualTo(ChannelKind.ONLINE);
		assertThat(ChannelKind.parse("kind", "offline")).isEqualTo(ChannelKind.OFFLINE);
		assertThat(ChannelKind.OFFLINE.key()).isEqualTo("offline");
		for (String bad : new String[] { "ONLINE", "any", "", " online", null }) {
			assertThatThrownBy(() -> ChannelKind.parse("kind", bad)).as(String.valueOf(bad))
				.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
		}
	}
}
