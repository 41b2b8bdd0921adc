package io.tajriba.surveys.internal;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Survey;

/**
 * Surveys whose audience is the company's employees: the employee pulse stores their answers anonymously in its own
 * tables, so no answer enters here as a survey response, and none stored from before counts in a customer figure.
 */
final class EmployeeSurveys {

	static final String REFUSAL = "employee surveys are answered anonymously through the employee pulse";

	private EmployeeSurveys() {
	}

	/** Whether the survey asks employees. */
	static boolean asksEmployees(Survey survey) {
		return survey.definition().toDefinition().audience().isEmployees();
	}

	/** Refuses, as a 422 naming {@code audience}, to take answers or invitations for an employee survey. */
	static void refuse(Survey survey) {
		if (asksEmployees(survey)) {
			throw new InvalidFieldException("audience", REFUSAL);
		}
	}

	/** SQL, true when the survey row of this alias asks employees (the singular too, as older definitions say). */
	static String sql(String alias) {
		return "coalesce(lower(btrim(" + alias + ".definition ->> 'audience')), 'customers') in ('employees', 'employee')";
	}

	/** SQL, true when the response row of this alias answers an employee survey. */
	static String answers(String alias) {
		return "exists (select 1 from surveys es where es.workspace_id = " + alias + ".workspace_id and es.id = "
				+ alias + ".survey_id and " + sql("es") + ")";
	}
}
