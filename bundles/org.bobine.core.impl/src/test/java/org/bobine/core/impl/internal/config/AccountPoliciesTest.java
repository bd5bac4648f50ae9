package org.bobine.core.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountPoliciesTest {

    private final Map<String, String> env = new HashMap<>();

    private static AccountsConfig config(boolean signup, long quota, String nsfw, String rootPassword) {
        TestAccounts c = new TestAccounts();
        c.signupAllowed = signup;
        c.defaultVideoQuota = quota;
        c.defaultNsfwPolicy = nsfw;
        c.rootPassword = rootPassword;
        return c;
    }

    @Test
    void changesApplyAtOnce() {
        AccountPolicies p = new AccountPolicies(config(false, -1, "do_not_list", ""), env::get);
        assertFalse(p.signupAllowed());
        assertNull(p.rootPassword());
        p.modified(config(true, 5_000_000, "blur", "configured-root"));
        assertTrue(p.signupAllowed());
        assertEquals(5_000_000, p.defaultVideoQuota());
        assertEquals("blur", p.defaultNsfwPolicy());
        assertEquals("configured-root", p.rootPassword());
    }

    @Test
    void theEnvironmentWinsOverTheFile() {
        env.put("BOBINE_SIGNUP_ALLOWED", "true");
        env.put("BOBINE_ROOT_PASSWORD", "from-env");
        AccountPolicies p = new AccountPolicies(config(false, -1, "do_not_list", "from-file"), env::get);
        assertTrue(p.signupAllowed());
        assertEquals("from-env", p.rootPassword());
        env.put("BOBINE_SIGNUP_ALLOWED", " ");
        p.modified(config(false, -1, "do_not_list", "from-file"));
        assertFalse(p.signupAllowed(), "a blank variable does not count");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSectionsOfThePublicConfigurationFollowTheChanges() {
        AccountPolicies p = new AccountPolicies(config(false, -1, "do_not_list", ""), env::get);
        p.modified(config(true, 2_000_000, "blur", ""));
        Map<String, Object> sections = (Map<String, Object>) p.value();
        assertEquals(true, ((Map<String, Object>) sections.get("signup")).get("allowed"));
        assertEquals(2_000_000L, ((Map<String, Object>) sections.get("user")).get("videoQuota"));
        assertEquals("blur", sections.get("instance.defaultNSFWPolicy"));
    }

    @Test
    void anUnknownNsfwPolicyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AccountPolicies(config(false, -1, "show", ""), env::get));
    }
}
