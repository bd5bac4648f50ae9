package org.bobine.core.impl.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortUuidTest {

    @Test
    void encodesLikePeerTube() {
        // The vector of PeerTube's own tests (uuidToShort).
        assertEquals("kkGMgK9ZtnKfYAgnEtQxbv", ShortUuid.encode(UUID.fromString("9c9de5e8-0a1e-484a-b099-e80766180a6d")));
    }

    @Test
    void isAlways22CharactersOfTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String s = ShortUuid.encode(UUID.randomUUID());
            assertEquals(22, s.length(), s);
            assertTrue(ShortUuid.looksLikeShortUuid(s), s);
        }
    }

    @Test
    void smallValuesArePaddedOnTheLeft() {
        assertEquals("1111111111111111111111", ShortUuid.encode(new UUID(0, 0)));
        assertEquals("1111111111111111111112", ShortUuid.encode(new UUID(0, 1)));
    }

    @Test
    void recognisesTheShape() {
        assertTrue(ShortUuid.looksLikeShortUuid("kkGMgK9ZtnKfYAgnEtQxbv"));
        assertFalse(ShortUuid.looksLikeShortUuid(null));
        assertFalse(ShortUuid.looksLikeShortUuid(""));
        assertFalse(ShortUuid.looksLikeShortUuid("kkGMgK9ZtnKfYAgnEtQxb"));
        assertFalse(ShortUuid.looksLikeShortUuid("kkGMgK9ZtnKfYAgnEtQxbvv"));
        // 0, O, I and l are not in the base58 alphabet.
        assertFalse(ShortUuid.looksLikeShortUuid("0kGMgK9ZtnKfYAgnEtQxbv"));
        assertFalse(ShortUuid.looksLikeShortUuid("OkGMgK9ZtnKfYAgnEtQxbv"));
        assertFalse(ShortUuid.looksLikeShortUuid("IkGMgK9ZtnKfYAgnEtQxbv"));
        assertFalse(ShortUuid.looksLikeShortUuid("lkGMgK9ZtnKfYAgnEtQxbv"));
        assertFalse(ShortUuid.looksLikeShortUuid("9c9de5e8-0a1e-484a-b099-e80766180a6d"));
    }
}
