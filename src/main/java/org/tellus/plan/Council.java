package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The council using Tellus: one row. */
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
    private byte[] logo;
    @Column(name = "logo_type")
    private String logoType;
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

    void logo(byte[] image, String type) {
        logo = image;
        logoType = type;
    }

    byte[] logo() {
        return logo;
    }

    String logoType() {
        return logoType;
    }

    CouncilDetails details() {
        return new CouncilDetails(name, contactEmail, contactPhone, website, logo != null, version);
    }
}
