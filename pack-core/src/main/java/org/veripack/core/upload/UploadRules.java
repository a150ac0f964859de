package org.veripack.core.upload;

import java.time.Clock;
import java.time.LocalDate;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** The rules of products, batch uploads, recalls and withdrawals, for a manufacturer (MAH). */
public final class UploadRules {

    /** At most this many line errors are kept in an upload's report. */
    public static final int MAX_REPORTED_ERRORS = 100;
    /** A U1 alert lists at most this many duplicated serials (and always their count). */
    public static final int MAX_LISTED_DUPLICATES = 1000;
    public static final int MAX_REASON_LENGTH = 500;

    private UploadRules() {
    }

    /**
     * Checks a batch upload as a whole, before any line is stored, and returns its expiry.
     *
     * @param product       the product of the GTIN, or null when none is registered
     * @param existingBatch the batch when packs were uploaded for it before, or null
     */
    public static Expiry checkBatchUpload(ProductState product, String callerMah, String batch, BatchState existingBatch,
            String expiryText, Clock clock) {
        checkOwnProduct(product, callerMah);
        Gs1Validation.batch(batch);
        Expiry expiry = Expiry.parse(expiryText, LocalDate.now(clock).getYear());
        if (product.status() == ProductStatus.WITHDRAWN) {
            throw new Refusal(Reason.PRODUCT_WITHDRAWN, "product " + product.gtin()
                    + " is withdrawn: no batch can be uploaded for it any more");
        }
        if (existingBatch != null) {
            if (existingBatch.status() == BatchStatus.RECALLED) {
                throw new Refusal(Reason.BATCH_RECALLED, "batch " + batch + " of product " + product.gtin()
                        + " is recalled: no pack can be added to it");
            }
            if (!existingBatch.expiry().text().equals(expiryText)) {
                throw new Refusal(Reason.EXPIRY_MISMATCH, "batch " + batch + " is registered with expiry "
                        + existingBatch.expiry().text() + "; send the same expiry for more packs of this batch");
            }
        }
        return expiry;
    }

    /** A product outside the caller's MAH is answered like an unknown one (404), so GTINs cannot be probed. */
    public static void checkOwnProduct(ProductState product, String callerMah) {
        if (product == null || !product.mahId().equals(callerMah)) {
            throw new Refusal(Reason.PRODUCT_NOT_FOUND, "no product with this GTIN is registered for MAH "
                    + callerMah + ": register it with PUT /api/v1/products/{gtin} first");
        }
    }

    /** Registering or updating a product another MAH owns is forbidden (403). */
    public static void checkMayRegister(ProductState existing, String callerMah) {
        if (existing != null && !existing.mahId().equals(callerMah)) {
            throw new Refusal(Reason.PRODUCT_OWNED_BY_ANOTHER_MAH,
                    "this GTIN is registered by another MAH; a product can only be changed by its own MAH");
        }
        if (existing != null && existing.status() == ProductStatus.WITHDRAWN) {
            throw new Refusal(Reason.PRODUCT_WITHDRAWN, "product " + existing.gtin() + " is withdrawn, for good");
        }
    }

    public static void checkWithdraw(ProductState product, String callerMah, String reason) {
        checkReason(reason);
        checkOwnProduct(product, callerMah);
        if (product.status() == ProductStatus.WITHDRAWN) {
            throw new Refusal(Reason.PRODUCT_WITHDRAWN, "product " + product.gtin() + " is already withdrawn");
        }
    }

    /** A batch is recalled once; the product must be the caller's and the batch must exist. */
    public static void checkRecall(ProductState product, String callerMah, BatchState batch, String reason) {
        checkReason(reason);
        checkOwnProduct(product, callerMah);
        if (batch == null) {
            throw new Refusal(Reason.BATCH_NOT_FOUND, "no batch with this name exists for product " + product.gtin());
        }
        if (batch.status() == BatchStatus.RECALLED) {
            throw new Refusal(Reason.BATCH_RECALLED, "batch " + batch.batch() + " is already recalled; a recall is done once");
        }
    }

    /** Product master data: a name of 1 to 200 characters and markets as ISO 3166 alpha-2 codes. */
    public static java.util.List<String> checkProductData(String name, java.util.List<String> markets) {
        if (name == null || name.isBlank()) {
            throw new Refusal(Reason.INVALID_REQUEST, "\"name\" is required: the product's name");
        }
        if (name.length() > 200) {
            throw new Refusal(Reason.INVALID_REQUEST, "\"name\" has " + name.length() + " characters; at most 200");
        }
        java.util.List<String> checked = new java.util.ArrayList<>();
        for (String market : markets == null ? java.util.List.<String>of() : markets) {
            if (market == null || !market.matches("[A-Z]{2}")) {
                throw new Refusal(Reason.INVALID_REQUEST, "market '" + market
                        + "' is not an ISO 3166 alpha-2 country code such as \"DE\"");
            }
            if (!checked.contains(market)) {
                checked.add(market);
            }
        }
        return checked;
    }

    /** Why a line of an upload is invalid, or null when its serial is valid. */
    public static String lineError(String serial) {
        try {
            Gs1Validation.serial(serial);
            return null;
        } catch (Gs1ParseException e) {
            return e.getMessage();
        }
    }

    public static final String REPEATED_IN_UPLOAD = "serial repeated in this upload (first at line %d)";

    private static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Reason.INVALID_REQUEST, "\"reason\" is required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new Refusal(Reason.INVALID_REQUEST, "\"reason\" has " + reason.length()
                    + " characters; at most " + MAX_REASON_LENGTH + " are allowed");
        }
    }
}
