package org.bobine.itests;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The instance shared by the test classes that do not restart it: booted once per run, stopped when the
 * run ends (a root-store resource), since a boot costs seconds on small machines.
 */
final class SharedBobine {

    private SharedBobine() {
    }

    private record Holder(Bobine bobine) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            bobine.close();
        }
    }

    static Bobine get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent("bobine.shared", k -> new Holder(Bobine.create("shared")), Holder.class).bobine();
    }
}
