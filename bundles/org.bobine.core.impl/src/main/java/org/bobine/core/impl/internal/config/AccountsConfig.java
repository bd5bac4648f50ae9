package org.bobine.core.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of accounts, PID {@code org.bobine.accounts} (etc/org.bobine.accounts.cfg). A change applies
 * at once, without restarting anything; a non-blank environment variable named in a description wins over
 * the file.
 */
@ObjectClassDefinition(name = "Bobine accounts", description = "Sign-up, the defaults of new users, the first administrator")
public @interface AccountsConfig {

    @AttributeDefinition(description = "Password of the root administrator created on first start; empty to generate one and print it once in the log. Env: BOBINE_ROOT_PASSWORD")
    String rootPassword() default "";

    @AttributeDefinition(description = "Whether visitors may register accounts. Env: BOBINE_SIGNUP_ALLOWED")
    boolean signupAllowed() default false;

    @AttributeDefinition(description = "Video quota of new users in bytes, -1 for unlimited")
    long defaultVideoQuota() default -1;

    @AttributeDefinition(description = "Daily video quota of new users in bytes, -1 for unlimited")
    long defaultVideoQuotaDaily() default -1;

    @AttributeDefinition(description = "How NSFW videos are listed for anonymous visitors: do_not_list, warn, blur or display")
    String defaultNsfwPolicy() default "do_not_list";
}
