/**
 * Employee voice: the employee directory (teams nested in departments), pulse surveys with eNPS answered
 * anonymously and shown only for groups above the workspace's anonymity threshold (with complementary suppression,
 * so that no hidden group is found by subtraction), and the idea box whose accepted ideas become actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employees")
@org.jspecify.annotations.NullMarked
package io.tajriba.employees;
