package org.bobine.auth.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The instance's local OAuth client. */
@Entity
@Table(name = "BOBINE_OAUTH_CLIENT")
public class OAuthClientEntity {
    @Id
    @Column(length = 64)
    private String clientId;

    @Column(nullable = false, length = 64)
    private String clientSecret;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }
}
