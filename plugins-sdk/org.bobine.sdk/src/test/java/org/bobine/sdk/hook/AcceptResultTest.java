package org.bobine.sdk.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptResultTest {

    @Test
    void refusalCarriesItsMessage() {
        AcceptResult r = AcceptResult.refuse("too long");
        assertFalse(r.accepted());
        assertEquals("too long", r.errorMessage());
        assertTrue(AcceptResult.ACCEPT.accepted());
    }
}
