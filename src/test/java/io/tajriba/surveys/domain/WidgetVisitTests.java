package io.tajriba.surveys.domain;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WidgetVisitTests {

	@Test
	void partsAreCheckedAndBlankOnesLeftOut() {
		WidgetVisit visit = new WidgetVisit(" fa-IR ", " ", null, "", "  checkout ", "");
		assertThat(visit.languagePart()).isEqualTo("fa");
		assertThat(visit.customer()).isNull();
		assertThat(visit.channel()).isEqualTo("web");
		assertThat(visit.touchpoint()).isEqualTo("checkout");
		assertThat(visit.interaction()).isNull();
		assertThat(new WidgetVisit("<script>", null, null, "Call Center", null, null).languagePart()).isEmpty();
		assertThat(new WidgetVisit(null, null, null, "Call Center", null, null).channel()).isEqualTo("call_center");
		assertThatThrownBy(() -> new WidgetVisit(null, null, null, "<img src=x>", null, null))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));
		assertThatThrownBy(() -> new WidgetVisit(null, null, null, null, "a\u0007b", null))
			.isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void aCustomerCountsOnlyWithItsSignature() {
		// HMAC-SHA256("c-42") under "key", as `printf c-42 | openssl dgst -sha256 -hmac key` gives it
		String signature = CustomerSignature.sign("key", "c-42");
		assertThat(signature).isEqualTo("856402125d082d5e6c57f9b04d720ac49509ea4e9e47de6c6451cbd5677fb9c9");
		assertThat(new WidgetVisit(null, "c-42", signature.toUpperCase(), null, null, null).signedCustomer("key"))
			.isEqualTo("c-42");
		assertThat(new WidgetVisit(null, "c-42", null, null, null, null).signedCustomer("key")).isNull();
		assertThatThrownBy(() -> new WidgetVisit(null, "c-42", signature, null, null, null).signedCustomer("other"))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("signature"));
		assertThatThrownBy(() -> new WidgetVisit(null, null, signature, null, null, null))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new WidgetVisit(null, "c-42", "xyz", null, null, null))
			.isInstanceOf(InvalidFieldException.class);
	}
}
