/**
 * CX maturity in plain Java: the levels, the rubric's evidence rules that map a measured figure to a level, the
 * raters' answers and how a competency's level is read from each side, and the recommendations for the weak ones.
 */
@org.jspecify.annotations.NullMarked
package io.tajriba.maturity.domain;
