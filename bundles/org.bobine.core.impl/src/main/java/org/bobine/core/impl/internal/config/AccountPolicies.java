package org.bobine.core.impl.internal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bobine.instance.api.ConfigSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up and the defaults of new users, from {@code etc/org.bobine.accounts.cfg} overridden by
 * {@code BOBINE_*} variables. {@code @Modified}: an administrator who opens sign-up or changes the default
 * quota (in the file or with {@code config:property-set -p org.bobine.accounts ...}) changes it at once,
 * without restarting the services that read it.
 */
@Component(service = {AccountPolicies.class, ConfigSection.class}, configurationPid = "org.bobine.accounts",
    configurationPolicy = ConfigurationPolicy.OPTIONAL, property = {ConfigSection.KEY + "=signup", ConfigSection.KEY + "=user",
        ConfigSection.KEY + "=instance.defaultNSFWPolicy", ConfigSection.KEY + "=fieldsConstraints"})
@Designate(ocd = AccountsConfig.class)
public class AccountPolicies implements ConfigSection {

    private static final Logger LOG = LoggerFactory.getLogger(AccountPolicies.class);
    /** Password lengths accounts accept (PeerTube's bounds), also told to clients in {@code fieldsConstraints}. */
    public static final int PASSWORD_MIN_LENGTH = 8;
    /** See {@link #PASSWORD_MIN_LENGTH}. */
    public static final int PASSWORD_MAX_LENGTH = 72;
    private static final List<String> NSFW_POLICIES = List.of("do_not_list", "warn", "blur", "display");

    private final Function<String, String> env;
    private volatile String rootPassword;
    private volatile boolean signupAllowed;
    private volatile long defaultVideoQuota;
    private volatile long defaultVideoQuotaDaily;
    private volatile String defaultNsfwPolicy;

    /** @param config the configuration */
    @Activate
    public AccountPolicies(AccountsConfig config) {
        this(config, System::getenv);
    }

    AccountPolicies(AccountsConfig config, Function<String, String> env) {
        this.env = env;
        apply(config);
    }

    /** @param config the changed configuration, applied at once */
    @Modified
    public void modified(AccountsConfig config) {
        apply(config);
        LOG.info("Account settings changed: sign-up {}, default quota {} (daily {}), NSFW policy {}",
            signupAllowed ? "open" : "closed", defaultVideoQuota, defaultVideoQuotaDaily, defaultNsfwPolicy);
    }

    private void apply(AccountsConfig config) {
        if (!NSFW_POLICIES.contains(config.defaultNsfwPolicy())) {
            throw new IllegalArgumentException("defaultNsfwPolicy must be one of " + NSFW_POLICIES + ": "
                + config.defaultNsfwPolicy());
        }
        String pw = pick("BOBINE_ROOT_PASSWORD", config.rootPassword());
        this.rootPassword = pw.isEmpty() ? null : pw;
        this.signupAllowed = Boolean.parseBoolean(pick("BOBINE_SIGNUP_ALLOWED", String.valueOf(config.signupAllowed())));
        this.defaultVideoQuota = config.defaultVideoQuota();
        this.defaultVideoQuotaDaily = config.defaultVideoQuotaDaily();
        this.defaultNsfwPolicy = config.defaultNsfwPolicy();
    }

    private String pick(String variable, String configured) {
        String v = env.apply(variable);
        return v != null && !v.isBlank() ? v.trim() : configured == null ? "" : configured.trim();
    }

    /** @return the configured root password, or null to generate one on first start */
    public String rootPassword() {
        return rootPassword;
    }

    /** @return whether visitors may register */
    public boolean signupAllowed() {
        return signupAllowed;
    }

    /** @return the quota given to new users, bytes, -1 unlimited */
    public long defaultVideoQuota() {
        return defaultVideoQuota;
    }

    /** @return the daily quota given to new users, bytes, -1 unlimited */
    public long defaultVideoQuotaDaily() {
        return defaultVideoQuotaDaily;
    }

    /** @return do_not_list, warn, blur or display */
    public String defaultNsfwPolicy() {
        return defaultNsfwPolicy;
    }

    /**
     * PeerTube's {@code signup}, {@code user}, {@code instance.defaultNSFWPolicy} and {@code fieldsConstraints}
     * sections of {@code /api/v1/config}, as they are now.
     */
    @Override
    public Object value() {
        Map<String, Object> signup = new LinkedHashMap<>();
        signup.put("allowed", signupAllowed);
        signup.put("allowedForCurrentIP", signupAllowed);
        signup.put("requiresEmailVerification", false);
        signup.put("requiresApproval", false);
        signup.put("minimumAge", 16);
        return Map.of("signup", signup,
            "user", Map.of("videoQuota", defaultVideoQuota, "videoQuotaDaily", defaultVideoQuotaDaily),
            "instance.defaultNSFWPolicy", defaultNsfwPolicy,
            "fieldsConstraints", Map.of("users", Map.of("password",
                Map.of("minLength", PASSWORD_MIN_LENGTH, "maxLength", PASSWORD_MAX_LENGTH))));
    }
}
