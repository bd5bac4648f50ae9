package org.bobine.runner;

/** This runner's version, from its jar's manifest. */
final class Version {

    private Version() {
    }

    static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "bobine-runner " + (v == null ? "dev" : v);
    }
}
