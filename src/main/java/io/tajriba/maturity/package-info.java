/**
 * CX maturity: where the company stands on five levels (initial, developing, defined, managed, optimized) in each
 * competency of a versioned rubric, scored from what it does in the product (evidence computed from the other
 * modules' published figures, each with the rule that maps it to a level) beside what its people say (raters an
 * owner invites, each rater's answers kept apart), with the steps in the product that raise the weak ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maturity")
@org.jspecify.annotations.NullMarked
package io.tajriba.maturity;
