package org.bobine.auth.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of logins, PID {@code org.bobine.auth} (etc/org.bobine.auth.cfg). A change applies to the next
 * attempt, without restarting anything.
 */
@ObjectClassDefinition(name = "Bobine auth", description = "Limits of failed logins")
public @interface AuthConfig {

    @AttributeDefinition(description = "Failed logins from one client address within the window after which its logins are refused")
    int loginFailuresPerAddress() default 30;

    @AttributeDefinition(description = "Failed logins for one user name within the window after which its logins are refused")
    int loginFailuresPerUser() default 10;

    @AttributeDefinition(description = "The window of failed logins, minutes")
    int loginWindowMinutes() default 5;
}
