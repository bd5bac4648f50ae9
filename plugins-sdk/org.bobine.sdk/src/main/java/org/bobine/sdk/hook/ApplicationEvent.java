package org.bobine.sdk.hook;

/**
 * Told to {@link Hooks#ACTION_APPLICATION_LISTENING} hooks.
 *
 * @param publicUrl the instance's public URL
 * @since 1.1
 */
public record ApplicationEvent(String publicUrl) {
}
