package io.tajriba.customers.domain;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerRowTests {

	@Test
	void phonesKeepThePlusAndTheDigitsInAnyScript() {
		assertThat(CustomerRow.normalPhone("+98 (912) 123-4567")).isEqualTo("+989121234567");
		assertThat(CustomerRow.normalPhone("۰۹۱۲ ۱۲۳ ۴۵۶۷")).isEqualTo("09121234567");
		assertThat(CustomerRow.normalPhone("٠٥٠ ١٢٣ ٤٥٦٧")).isEqualTo("0501234567");
		assertThatThrownBy(() -> CustomerRow.normalPhone("call me")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> CustomerRow.normalPhone("123")).extracting("field").isEqualTo("phone");
	}

	@Test
	void emailAndLanguageAreNormalised() {
		var row = new CustomerRow("c1", " Anne@Example.COM ", null, "fa_IR", null, null);
		assertThat(row.email()).isEqualTo("anne@example.com");
		assertThat(row.locale()).isEqualTo("fa-IR");
		assertThatThrownBy(() -> new CustomerRow("c1", "anne", null, null, null, null)).extracting("field")
			.isEqualTo("email");
		assertThatThrownBy(() -> new CustomerRow("c1", null, null, "persian language", null, null))
			.extracting("field").isEqualTo("locale");
		assertThatThrownBy(() -> new CustomerRow(" ", null, null, null, null, null)).extracting("field")
			.isEqualTo("id");
	}
}
