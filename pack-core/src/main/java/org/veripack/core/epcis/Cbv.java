package org.veripack.core.epcis;

import java.util.List;

/**
 * Normalises the GS1 Core Business Vocabulary words of {@code bizStep} and {@code disposition} to the bare
 * word ({@code commissioning}, {@code in_progress}), whichever of the forms EPCIS 2.0 allows they come in:
 * the bare word, the URN ({@code urn:epcglobal:cbv:bizstep:commissioning}, {@code urn:epcglobal:cbv:disp:active}),
 * the web URI ({@code https://ref.gs1.org/cbv/BizStep-commissioning}, {@code https://ref.gs1.org/cbv/Disp-active})
 * or the compact form ({@code cbv:BizStep-commissioning}). Words are case-sensitive, as in the CBV. Anything
 * else (a bizStep written as a disposition URI, a company's own URI) is returned as given, so the caller can
 * refuse it by the name it was sent under.
 */
public final class Cbv {

    public static final String COMMISSIONING = "commissioning";
    /** CBV "decommissioning" disassociates an identifier from an object: it is not the FMD decommission. */
    public static final String DECOMMISSIONING = "decommissioning";
    public static final String PACKING = "packing";
    public static final String UNPACKING = "unpacking";
    public static final String ACTIVE = "active";

    private static final List<String> BIZ_STEP_PREFIXES = List.of(
            "urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-", "http://ref.gs1.org/cbv/BizStep-", "cbv:BizStep-");
    private static final List<String> DISPOSITION_PREFIXES = List.of(
            "urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-", "http://ref.gs1.org/cbv/Disp-", "cbv:Disp-");

    private Cbv() {
    }

    /** The bare CBV business step, or the value as given when it is in no CBV business-step form; null stays null. */
    public static String bizStep(String value) {
        return bareWord(value, BIZ_STEP_PREFIXES);
    }

    /** The bare CBV disposition, or the value as given when it is in no CBV disposition form; null stays null. */
    public static String disposition(String value) {
        return bareWord(value, DISPOSITION_PREFIXES);
    }

    private static String bareWord(String value, List<String> prefixes) {
        if (value == null) {
            return null;
        }
        for (String prefix : prefixes) {
            // URN namespaces are case-insensitive (RFC 8141); the vocabulary word after them is not
            boolean urn = prefix.startsWith("urn:");
            if (value.regionMatches(urn, 0, prefix, 0, prefix.length())) {
                String word = value.substring(prefix.length());
                return isWord(word) ? word : value;
            }
        }
        return value;
    }

    /** CBV 2.0 words are lower case letters with underscores ({@code non_sellable_other}). */
    private static boolean isWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '_');
    }
}
