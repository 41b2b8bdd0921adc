/** The maturity report, the raters' questionnaire and the API of assessments and evidence. */
@org.jspecify.annotations.NullMarked
package io.tajriba.maturity.web;
