package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.PARSER;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Formatting a pack identifier and parsing it back gives the same identifier, in every output form. */
class RoundTripProperties {

    @Provide
    Arbitrary<PackIdentifier> packs() {
        return Gs1Arbitraries.packIdentifier();
    }

    @Provide
    Arbitrary<String> bases() {
        return Gs1Arbitraries.base();
    }

    @Provide
    Arbitrary<String> gtins() {
        return Gs1Arbitraries.anyGtin();
    }

    @Provide
    Arbitrary<String> values() {
        return Gs1Arbitraries.set82Value();
    }

    @Property
    void elementStringWithoutSymbologyIdentifierRoundTrips(@ForAll("packs") PackIdentifier id) {
        assertThat(PARSER.parse(Gs1Formatter.elementString(id, false))).isEqualTo(id);
    }

    @Property
    void elementStringWithSymbologyIdentifierRoundTrips(@ForAll("packs") PackIdentifier id) {
        String scan = Gs1Formatter.elementString(id, true);
        assertThat(scan).startsWith("]d2");
        assertThat(PARSER.parse(scan)).isEqualTo(id);
    }

    @Property
    void elementStringWithLeadingGroupSeparatorRoundTrips(@ForAll("packs") PackIdentifier id) {
        assertThat(PARSER.parse("]C1" + Gs1TestSupport.GS + Gs1Formatter.elementString(id, false))).isEqualTo(id);
    }

    @Property
    void digitalLinkRoundTrips(@ForAll("packs") PackIdentifier id, @ForAll("bases") String base) {
        assertThat(PARSER.parse(Gs1Formatter.digitalLink(id, base))).isEqualTo(id);
    }

    /** A value holding '(' may look like a bracketed AI, e.g. batch "A(21)B": the bracketed form cannot carry it. */
    @Property
    void bracketedFormRoundTripsForValuesWithoutOpeningBracket(@ForAll("packs") PackIdentifier id) {
        Assume.that(!id.serial().contains("(") && (id.batch() == null || !id.batch().contains("("))
                && (id.nhrn() == null || !id.nhrn().value().contains("(")));
        assertThat(PARSER.parse(Gs1Formatter.bracketed(id))).isEqualTo(id);
    }

    @Property
    void digitalLinkPadsGtin8To13To14Digits(@ForAll("gtins") String gtin, @ForAll("values") String serial) {
        PackIdentifier id = PARSER.parse("https://id.gs1.org/01/" + gtin + "/21/" + Gs1Formatter.percentEncode(serial));
        assertThat(id.gtin()).hasSize(14).endsWith(gtin).isEqualTo(Gs1Validation.gtin14(gtin));
        assertThat(id.serial()).isEqualTo(serial);
    }

    @Property
    void percentEncodingKeepsOnlyUnreservedCharactersAndDecodesBack(@ForAll("values") String value) {
        String encoded = Gs1Formatter.percentEncode(value);
        assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
        assertThat(encoded).doesNotContain("/", "?", "&", "#", "\"");
        assertThat(PARSER.parse("https://id.gs1.org/01/" + Gs1TestSupport.GTIN + "/21/" + encoded).serial()).isEqualTo(value);
    }

    @Property
    void allFormsOfTheSamePackParseToTheSameIdentifier(@ForAll("packs") PackIdentifier id) {
        Assume.that(!id.serial().contains("(") && (id.batch() == null || !id.batch().contains("("))
                && (id.nhrn() == null || !id.nhrn().value().contains("(")));
        assertThat(PARSER.parse(Gs1Formatter.bracketed(id)))
                .isEqualTo(PARSER.parse(Gs1Formatter.elementString(id, true)))
                .isEqualTo(PARSER.parse(Gs1Formatter.digitalLink(id, "https://id.gs1.org")));
    }
}
