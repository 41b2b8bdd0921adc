package io.tajriba.interactions;

/** The customers who bought in a period, and those of them who bought at least twice in it. */
public record Purchasers(long buyers, long repeatBuyers) {
}
