package org.bobine.sdk.testkit;

import java.util.concurrent.atomic.AtomicBoolean;

/** A service registered with a {@link PluginTestKit}; unregistering it is what stopping the plugin does. */
public final class Registration {

    private final Runnable removal;
    private final AtomicBoolean removed = new AtomicBoolean();

    Registration(Runnable removal) {
        this.removal = removal;
    }

    /** Takes the service away; later calls do nothing. */
    public void unregister() {
        if (removed.compareAndSet(false, true)) {
            removal.run();
        }
    }
}
