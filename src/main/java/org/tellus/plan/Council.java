package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The council using Tellus: one row. Its logo is read and written by SQL (CouncilService). */
@Entity
@Table(name = "council")
class Council {

    static final byte ONLY = 1;

    @Id
    private byte id = ONLY;
    private String name;
    @Column(name = "contact_email")
    private String contactEmail = "";
    @Column(name = "contact_phone")
    private String contactPhone = "";
    private String website = "";
    @Version
    private long version;

    protected Council() {
    }

    Council(String name) {
        this.name = name;
    }

    long version() {
        return version;
    }

    void edit(CouncilDetails details) {
        name = details.name();
        contactEmail = details.contactEmail();
        contactPhone = details.contactPhone();
        website = details.website();
    }

    /** The logo is not mapped (its bytes are read only when a page shows it): the caller knows whether there is one. */
    CouncilDetails details(boolean hasLogo) {
        return new CouncilDetails(name, contactEmail, contactPhone, website, hasLogo, version);
    }
}
