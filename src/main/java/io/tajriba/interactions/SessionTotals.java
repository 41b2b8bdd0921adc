package io.tajriba.interactions;

/**
 * The sessions of a period (interactions sharing a session id, e.g. a web or app visit), and how many of them
 * bounced and how many converted: what bounce and conversion rates are made of.
 */
public record SessionTotals(long sessions, long bounced, long converted) {
}
