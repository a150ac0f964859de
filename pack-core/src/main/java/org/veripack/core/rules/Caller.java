package org.veripack.core.rules;

/** Who asks: the role, the location GLN (pharmacy, wholesaler) and the token subject. */
public record Caller(Role role, String location, String actor) {
}
