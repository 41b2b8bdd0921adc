package io.tajriba.employees.internal;

/** A team's released eNPS (points, -100 to 100) with its 95% interval and the answers it stands on. */
public record TeamEnps(String team, String department, double value, double low, double high, long n) {
}
