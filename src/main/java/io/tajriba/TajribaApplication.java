package io.tajriba;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Tajriba: the customer experience management hub, one Spring Modulith application. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
public class TajribaApplication {

	public static void main(String[] args) {
		SpringApplication.run(TajribaApplication.class, args);
	}
}
