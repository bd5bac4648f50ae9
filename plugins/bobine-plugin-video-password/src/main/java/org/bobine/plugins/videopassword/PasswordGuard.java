package org.bobine.plugins.videopassword;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bobine.sdk.access.AccessAttempt;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.sdk.access.VideoAccessGuard;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginSettings;
import org.bobine.sdk.plugin.PluginStorage;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Guards password-protected videos (privacy 5). Passwords are kept in the plugin's storage as salted
 * PBKDF2 hashes, one key per video. A password that matched is remembered for a while as a keyed digest, so
 * the many requests of one playback (playlist, segments) do not each pay for PBKDF2. Wrong attempts are
 * counted per client address and video; past the limit the client waits for the window to end.
 */
@Component(service = {VideoAccessGuard.class, SettingsDeclaration.class, SettingsListener.class},
    property = VideoAccessGuard.GUARDED_PRIVACY + ":Integer=5")
public class PasswordGuard implements VideoAccessGuard, SettingsDeclaration, SettingsListener {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    static final int MAX_PASSWORDS = 10;
    private static final int ITERATIONS = 60_000;
    private static final long REMEMBER_MILLIS = 10 * 60_000L;
    private static final String KEY_PREFIX = "video:";

    private final PluginStorage storage;
    private final Attempts attempts;
    private final byte[] pepper = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();

    /**
     * @param storage  where the hashes are kept
     * @param settings the administrator's limits
     */
    @Activate
    public PasswordGuard(@Reference PluginStorage storage, @Reference PluginSettings settings) {
        this.storage = storage;
        this.attempts = new Attempts();
        random.nextBytes(pepper);
        settingsChanged(settings.all());
    }

    @Override
    public List<Setting> settings() {
        return List.of(
            Setting.of("max-attempts", SettingType.INPUT, "Wrong passwords allowed per address and video", "10")
                .describedAs("Past this number of wrong passwords in the window, the address must wait."),
            Setting.of("window-minutes", SettingType.INPUT, "Window for counting wrong passwords, in minutes", "5"));
    }

    @Override
    public void settingsChanged(Map<String, String> values) {
        attempts.configure(positive(values.get("max-attempts"), 10), positive(values.get("window-minutes"), 5) * 60_000L);
    }

    private static int positive(String value, int fallback) {
        try {
            int v = Integer.parseInt(value == null ? "" : value.trim());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void validate(List<String> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            throw PluginException.badRequest("videoPasswords: a password-protected video needs at least one password");
        }
        if (secrets.size() > MAX_PASSWORDS) {
            throw PluginException.badRequest("videoPasswords: at most " + MAX_PASSWORDS + " passwords");
        }
        Set<String> seen = new HashSet<>();
        for (String s : secrets) {
            if (s == null || s.length() < MIN_LENGTH || s.length() > MAX_LENGTH) {
                throw PluginException.badRequest("videoPasswords: each password has " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters");
            }
            if (!seen.add(s)) {
                throw PluginException.badRequest("videoPasswords: the same password is given twice");
            }
        }
    }

    @Override
    public void store(VideoInfo video, List<String> secrets) throws GeneralSecurityException {
        validate(secrets);
        List<String> lines = new ArrayList<>();
        for (String s : secrets) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            lines.add(ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(s, salt, ITERATIONS)));
        }
        storage.put(KEY_PREFIX + video.uuid(), String.join("\n", lines));
        String prefix = video.uuid() + ":";
        remembered.keySet().removeIf(k -> k.startsWith(prefix));
    }

    @Override
    public void forget(VideoInfo video) {
        storage.remove(KEY_PREFIX + video.uuid());
        String prefix = video.uuid() + ":";
        remembered.keySet().removeIf(k -> k.startsWith(prefix));
    }

    @Override
    public AccessDecision check(VideoInfo video, AccessAttempt attempt) throws GeneralSecurityException {
        String secret = attempt.secret();
        if (secret == null || secret.isEmpty()) {
            return AccessDecision.SECRET_REQUIRED;
        }
        String memo = video.uuid() + ":" + b64(hmac(secret));
        Long until = remembered.get(memo);
        long now = System.currentTimeMillis();
        if (until != null && until > now) {
            return AccessDecision.GRANTED;
        }
        String attemptKey = attempt.clientAddress() + "|" + video.uuid();
        if (attempts.blocked(attemptKey, now)) {
            return AccessDecision.TOO_MANY_ATTEMPTS;
        }
        String stored = storage.get(KEY_PREFIX + video.uuid()).orElse("");
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\\$");
            if (parts.length != 3) {
                continue;
            }
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            byte[] actual = pbkdf2(secret, Base64.getDecoder().decode(parts[1]), Integer.parseInt(parts[0]));
            if (MessageDigest.isEqual(expected, actual)) {
                if (remembered.size() > 100_000) {
                    remembered.clear();
                }
                remembered.put(memo, now + REMEMBER_MILLIS);
                return AccessDecision.GRANTED;
            }
        }
        attempts.failed(attemptKey, now);
        return AccessDecision.SECRET_INCORRECT;
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    private byte[] hmac(String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
        return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
