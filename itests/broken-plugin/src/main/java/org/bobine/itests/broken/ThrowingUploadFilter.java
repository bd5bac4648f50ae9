package org.bobine.itests.broken;

import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.osgi.service.component.annotations.Component;

/** Throws on every upload: the platform must skip it and accept the upload. */
@Component(property = {Hooks.HOOK_NAME + "=" + Hooks.FILTER_UPLOAD_ACCEPT, Hooks.HOOK_PRIORITY + ":Integer=1"})
public class ThrowingUploadFilter implements FilterHook<UploadAttempt, AcceptResult> {

    @Override
    public AcceptResult filter(UploadAttempt input, AcceptResult current) {
        throw new IllegalStateException("broken plugin: this upload hook always throws");
    }
}
