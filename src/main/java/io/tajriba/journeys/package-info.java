/**
 * Journeys: journey maps with their stages, touchpoints and target states; per stage the customers reaching it,
 * conversion, drop-off, time and experience against the target; the pain points that turn customers into
 * ex-customers; which data covers which stage; and the path of each customer through the stages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journeys")
@org.jspecify.annotations.NullMarked
package io.tajriba.journeys;
