/** The employee module's pages and API. */
@org.jspecify.annotations.NullMarked
package io.tajriba.employees.web;
