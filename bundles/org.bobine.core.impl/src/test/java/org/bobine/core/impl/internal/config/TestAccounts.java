package org.bobine.core.impl.internal.config;

import java.lang.annotation.Annotation;

/** AccountsConfig as Config Admin would give it, with the defaults of the annotation; fields to change them. */
public final class TestAccounts implements AccountsConfig {

    /** {@link #signupAllowed()}. */
    public boolean signupAllowed;
    /** {@link #defaultVideoQuota()}. */
    public long defaultVideoQuota = -1;
    /** {@link #defaultNsfwPolicy()}. */
    public String defaultNsfwPolicy = "do_not_list";
    /** {@link #rootPassword()}. */
    public String rootPassword = "";

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
        return signupAllowed;
    }

    @Override
    public long defaultVideoQuota() {
        return defaultVideoQuota;
    }

    @Override
    public long defaultVideoQuotaDaily() {
        return -1;
    }

    @Override
    public String defaultNsfwPolicy() {
        return defaultNsfwPolicy;
    }
}
