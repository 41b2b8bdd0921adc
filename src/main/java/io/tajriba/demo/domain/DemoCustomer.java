package io.tajriba.demo.domain;

import java.util.List;

/**
 * One generated customer: the JSON rows of the customers API (the profile, sometimes a second row that shares its
 * e-mail and so merges into it) and of the interactions API, their answers to the company's surveys, and the truth
 * behind them for tests.
 */
public record DemoCustomer(String externalId, Persona persona, List<String> customerRows,
		List<String> interactionRows, boolean churned, List<String> badTouchpoints,
		List<Feedback.Response> responses) {
}
