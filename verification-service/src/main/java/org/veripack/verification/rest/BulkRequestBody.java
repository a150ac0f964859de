package org.veripack.verification.rest;

import java.util.List;

/** {@code {"operation":"VERIFY|DECOMMISSION|UNDO","state"?,"packs":[...]}}: at most 10 000 packs. */
public record BulkRequestBody(String operation, String state, List<PackRequestBody> packs) {
}
