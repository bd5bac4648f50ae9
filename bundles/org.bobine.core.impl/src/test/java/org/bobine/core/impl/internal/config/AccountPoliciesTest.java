package org.bobine.core.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountPoliciesTest {

    private final Map<String, String> env = new HashMap<>();

    private static AccountsConfig config(boolean signup, long quota, String nsfw, String rootPassword) {
        return new AccountsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AccountsConfig.class;
            }

            @Override
            public String rootPassword() {
                return rootPassword;
            }

            @Override
            public boolean signupAllowed() {
                return signup;
            }

            @Override
            public long defaultVideoQuota() {
                return quota;
            }

            @Override
            public long defaultVideoQuotaDaily() {
                return -1;
            }

            @Override
            public String defaultNsfwPolicy() {
                return nsfw;
            }
        };
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
    void anUnknownNsfwPolicyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AccountPolicies(config(false, -1, "show", ""), env::get));
    }
}
