package org.veripack.alert.service;

/**
 * What a caller may see: everything (surveillance, admin), the alerts on its products (manufacturer: mah), or
 * its location's (pharmacy, wholesaler: loc).
 */
public record AlertScope(String mah, String location) {

    public static final AlertScope ALL = new AlertScope(null, null);

    public boolean covers(String alertMah, String alertLocation) {
        return (mah == null || mah.equals(alertMah)) && (location == null || location.equals(alertLocation));
    }
}
