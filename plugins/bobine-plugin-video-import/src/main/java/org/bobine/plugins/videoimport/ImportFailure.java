package org.bobine.plugins.videoimport;

import org.bobine.sdk.imports.ImportInfo;

/**
 * Why an import stopped, in words its owner reads in the imports list. It carries no stack trace: the message
 * is all there is to show.
 */
final class ImportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int state;

    private ImportFailure(int state, String message) {
        super(message, null, false, false);
        this.state = state;
    }

    /**
     * @param message what went wrong
     * @return a failure ({@link ImportInfo#FAILED})
     */
    static ImportFailure failed(String message) {
        return new ImportFailure(ImportInfo.FAILED, message);
    }

    /**
     * @param message which rule or limit refused the import
     * @return a refusal ({@link ImportInfo#REJECTED})
     */
    static ImportFailure rejected(String message) {
        return new ImportFailure(ImportInfo.REJECTED, message);
    }

    /** @return {@link ImportInfo#FAILED} or {@link ImportInfo#REJECTED} */
    int state() {
        return state;
    }
}
